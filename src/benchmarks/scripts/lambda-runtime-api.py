#!/usr/bin/env python3
"""Cold start of a Lambda function package, measured locally: process start to first answered event.

Starts a stand-in for the Lambda Runtime API (GET /2018-06-01/runtime/invocation/next hands out one event,
POST /2018-06-01/runtime/invocation/<id>/response or /error takes the answer), launches the function's command with
AWS_LAMBDA_RUNTIME_API pointing at it, and times from just before the process starts to the moment its answer
arrives. Repeats, kills the process after each answer, and prints the runs and their median as JSON.

Usage: lambda-runtime-api.py --runs 5 --event event.json [--expect TEXT] [--graceful] -- java ... AWSLambda handler
"""
import argparse
import http.server
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid


class RuntimeApi(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path != "/2018-06-01/runtime/invocation/next":
            self.send_error(404)
            return
        state = self.server.state
        with state["lock"]:
            give = not state["handed_out"]
            state["handed_out"] = True
        if not give:
            # A real Runtime API blocks until the next event: keep the poller waiting until the run ends.
            state["stop"].wait(120)
            self.send_error(410)
            return
        body = state["event"]
        request_id = state["request_id"]
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Lambda-Runtime-Aws-Request-Id", request_id)
        self.send_header("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + 300_000))
        self.send_header("Lambda-Runtime-Invoked-Function-Arn",
                         "arn:aws:lambda:cn-north-1:000000000000:function:gongkai-cold-start")
        self.send_header("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        state = self.server.state
        if self.path.endswith("/response") or self.path.endswith("/error"):
            state["answered_at"] = time.monotonic()
            state["answer"] = body.decode("utf-8", "replace")
            state["ok"] = self.path.endswith("/response")
            state["done"].set()
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the function's poller is killed mid-request at the end of every run


def one_run(command, event, timeout, graceful):
    server = Server(("127.0.0.1", 0), RuntimeApi)
    state = {"lock": threading.Lock(), "handed_out": False, "done": threading.Event(), "stop": threading.Event(),
             "event": event,
             "request_id": str(uuid.uuid4()), "answered_at": None, "answer": None, "ok": False}
    server.state = state
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = dict(os.environ)
    env["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:%d" % server.server_address[1]
    log = open(os.environ.get("COLD_START_LOG", os.devnull), "ab")
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    try:
        deadline = started + timeout
        while not state["done"].wait(0.05):
            if process.poll() is not None:
                raise SystemExit("the function exited (%s) before answering: %s" % (process.returncode, " ".join(command)))
            if time.monotonic() > deadline:
                raise SystemExit("no answer within %d s from: %s" % (timeout, " ".join(command)))
    finally:
        if graceful:
            # Training runs: let the JVM exit normally, it writes its class archive or AOT cache on the way out.
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        else:
            process.kill()
            process.wait()
        state["stop"].set()
        server.shutdown()
        log.close()
    return (state["answered_at"] - started) * 1000, state["ok"], state["answer"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--event", required=True)
    parser.add_argument("--expect", help="text the answer must contain")
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("--graceful", action="store_true", help="stop with SIGTERM and wait for the exit")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command and args.command[0] == "--" else args.command
    with open(args.event, "rb") as f:
        event = f.read()
    times = []
    for _ in range(args.runs):
        millis, ok, answer = one_run(command, event, args.timeout, args.graceful)
        if not ok or (args.expect and args.expect not in answer):
            raise SystemExit("unexpected answer (%s): %s" % ("response" if ok else "error", answer[:500]))
        times.append(round(millis))
    print(json.dumps({"runs_ms": times, "median_ms": round(statistics.median(times)),
                      "answer": answer[:200]}, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
