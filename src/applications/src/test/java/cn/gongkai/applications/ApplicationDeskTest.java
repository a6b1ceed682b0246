package cn.gongkai.applications;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.Role;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.submission.SubmissionForm;
import cn.gongkai.persistence.AgencyRepository;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import cn.gongkai.persistence.testing.TestAgencies;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ApplicationDeskTest {
    static final Actor CITIZEN = new Actor("citizen", Role.APPLICANT);
    static final Actor CLERK = new Actor("clerk-wang", Role.CLERK);
    static final Actor HEAD = new Actor("head-li", Role.OFFICE_HEAD);

    @Inject
    ApplicationDesk desk;
    @Inject
    AgencyRepository agencies;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ProactiveDisclosureReview review;
    @Inject
    cn.gongkai.applications.store.SubmissionWriter writer;

    String agency;

    @BeforeEach
    void anAgency() {
        agency = TestAgencies.create();
    }

    SubmissionForm citizenForm(String description) {
        return new SubmissionForm(agency, "NATURAL_PERSON", "张三丰", "RESIDENT_ID", "11010519491231002X", null, null, null,
                "13812345678", "zhangsan@example.cn", "北京市东城区某某街1号", "100010", description, null,
                "东政发〔2023〕12号", null, "ELECTRONIC", "EMAIL");
    }

    static ErrorCode codeOf(Callable<?> call) {
        try {
            call.call();
            return null;
        } catch (DomainException e) {
            return e.code();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anInPersonApplicationIsReceivedTodayWithItsDeadlinesAndCodes() {
        Views.SubmissionReceipt receipt = desk.submit(citizenForm("2023年老旧小区改造资金安排文件"), Channel.IN_PERSON, CLERK, null, null);

        assertThat(receipt.trackingNumber()).startsWith("GK").hasSize(16);
        assertThat(receipt.queryCode()).hasSize(8);
        assertThat(receipt.stage()).isEqualTo("RECEIVED");
        assertThat(receipt.receivedOn()).isNotNull();
        assertThat(receipt.deadlines()).extracting(Views.DeadlineView::kind).contains("SUPPLEMENT_NOTICE", "REPLY", "EXTENDED_REPLY");
    }

    @Test
    void anOnlineApplicationWaitsForConfirmationBeforeItsClockRuns() {
        Views.SubmissionReceipt receipt = desk.submit(citizenForm("2023年老旧小区改造资金安排文件"), Channel.ONLINE, CITIZEN, null, "k-online-1");

        assertThat(receipt.stage()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(receipt.receivedOn()).isNull();
        assertThat(receipt.deadlines()).isEmpty();

        Views.CaseView confirmed = desk.act(agency, receipt.applicationId(),
                new StaffCommand("CONFIRM_RECEIPT", null, "已电话确认", null, null, null, null, null, 1), CLERK);
        assertThat(confirmed.stage()).isEqualTo("RECEIVED");
        assertThat(confirmed.deadlines()).isNotEmpty();
    }

    @Test
    void aRetriedSubmissionReturnsTheFirstReceiptAndCreatesNothingNew() throws Exception {
        SubmissionForm form = citizenForm("2024年本区财政预算执行情况");
        Views.SubmissionReceipt first = desk.submit(form, Channel.ONLINE, CITIZEN, null, "retry-key-1");
        Views.SubmissionReceipt second = desk.submit(form, Channel.ONLINE, CITIZEN, null, "retry-key-1");

        assertThat(second.applicationId()).isEqualTo(first.applicationId());
        assertThat(second.queryCode()).isEqualTo(first.queryCode());
        assertThat(second.repeatedRequest()).isTrue();
        assertThat(countApplications()).isEqualTo(1);
        assertThat(codeOf(() -> desk.submit(citizenForm("另一份完全不同的信息"), Channel.ONLINE, CITIZEN, null, "retry-key-1")))
                .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(countApplications()).isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsShareCommitsAndEachGetsItsOwnAnswer() throws Exception {
        SubmissionForm twin = citizenForm("同一份申请的并发重试");
        SubmissionForm stranger = new SubmissionForm("no-such-agency", "NATURAL_PERSON", "李四", "RESIDENT_ID",
                "11010519491231002X", null, null, null, "13812345678", "lisi@example.cn", "北京市东城区某某街2号", "100010",
                "不存在的机关", null, null, null, "ELECTRONIC", "EMAIL");
        List<Callable<Object>> valid = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            SubmissionForm form = citizenForm("并发提交的申请第" + i + "份");
            String key = "group-" + i;
            valid.add(() -> desk.submit(form, Channel.IN_PERSON, CLERK, null, key));
        }
        // Valid ones alone first: a batch holding a refused submission is stored one by one, so the commits are
        // counted where nothing is refused.
        long commitsBefore = writer.commits();
        List<Object> answers = new java.util.ArrayList<>(concurrently(valid));
        assertThat(writer.commits() - commitsBefore).as("commits for 40 stored submissions").isLessThan(40);

        List<Callable<Object>> mixed = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            mixed.add(() -> desk.submit(twin, Channel.IN_PERSON, CLERK, null, "group-twin"));
            mixed.add(() -> codeOf(() -> desk.submit(stranger, Channel.IN_PERSON, CLERK, null, null)));
        }
        answers.addAll(concurrently(mixed));

        List<Views.SubmissionReceipt> receipts = answers.stream().filter(Views.SubmissionReceipt.class::isInstance)
                .map(Views.SubmissionReceipt.class::cast).toList();
        assertThat(answers).filteredOn(a -> !(a instanceof Views.SubmissionReceipt)).containsOnly(ErrorCode.AGENCY_NOT_FOUND).hasSize(4);
        assertThat(receipts).hasSize(44);
        assertThat(receipts).filteredOn(r -> !r.repeatedRequest()).hasSize(41);
        assertThat(receipts.stream().map(Views.SubmissionReceipt::applicationId).distinct()).hasSize(41);
        assertThat(countApplications()).isEqualTo(41);
        for (Views.SubmissionReceipt receipt : receipts) { // every row of every batch is whole and readable
            Views.ProgressView progress = desk.progress(receipt.trackingNumber(), receipt.queryCode(), "ip-group");
            assertThat(progress.stage()).isEqualTo("RECEIVED");
            assertThat(progress.deadlines()).hasSize(receipt.deadlines().size()).isNotEmpty();
            assertThat(progress.history()).extracting(Views.PublicStep::action).containsExactly("REGISTER");
        }
    }

    @Test
    void progressNeedsTheRightCodeAndAWrongCodeLooksLikeAnUnknownNumber() {
        Views.SubmissionReceipt receipt = desk.submit(citizenForm("2023年老旧小区改造资金安排文件"), Channel.IN_PERSON, CLERK, null, null);

        Views.ProgressView progress = desk.progress(receipt.trackingNumber(), receipt.queryCode().toLowerCase(), "ip-1");
        assertThat(progress.stage()).isEqualTo("RECEIVED");
        assertThat(progress.applicant()).isEqualTo("张**");
        assertThat(progress.history()).extracting(Views.PublicStep::action).containsExactly("REGISTER");

        DomainException wrongCode = catchDomain(() -> desk.progress(receipt.trackingNumber(), "AAAAAAAA", "ip-2"));
        DomainException unknown = catchDomain(() -> desk.progress("GK000000ZZZZZZZZ", receipt.queryCode(), "ip-3"));
        assertThat(wrongCode.code()).isEqualTo(ErrorCode.TRACKING_NOT_FOUND).isEqualTo(unknown.code());
        assertThat(wrongCode.getMessage()).isEqualTo(unknown.getMessage());
    }

    @Test
    void repeatedFailedLookupsAreThrottled() {
        Views.SubmissionReceipt receipt = desk.submit(citizenForm("2023年老旧小区改造资金安排文件"), Channel.IN_PERSON, CLERK, null, null);
        String client = "ip-guesser-" + UUID.randomUUID();
        for (int i = 0; i < LookupThrottle.MAX_FAILED_LOOKUPS; i++) {
            String guess = "WRONG" + i;
            assertThat(codeOf(() -> desk.progress("GK000000AAAAAAAA", guess, client))).isEqualTo(ErrorCode.TRACKING_NOT_FOUND);
        }

        assertThat(codeOf(() -> desk.progress(receipt.trackingNumber(), receipt.queryCode(), client)))
                .as("even the right code waits").isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS);
        assertThat(desk.progress(receipt.trackingNumber(), receipt.queryCode(), "another-client").stage()).isEqualTo("RECEIVED");
    }

    @Test
    void aSupplementRestartsTheReplyPeriodAndTheApplicantSeesWhatWasAsked() {
        Views.SubmissionReceipt receipt = desk.submit(citizenForm("老旧小区改造的相关文件"), Channel.IN_PERSON, CLERK, null, null);
        desk.act(agency, receipt.applicationId(),
                new StaffCommand("REQUEST_SUPPLEMENT", null, "请写明文件的年份和文号", null, null, null, null, null, null), CLERK);

        Views.ProgressView waiting = desk.progress(receipt.trackingNumber(), receipt.queryCode(), "ip-s");
        assertThat(waiting.stage()).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(waiting.history().getLast().message()).isEqualTo("请写明文件的年份和文号");
        assertThat(waiting.supplementDue()).isAfter(LocalDate.now().minusDays(1));

        Views.ProgressView supplemented = desk.supplement(receipt.trackingNumber(), receipt.queryCode(),
                "2023年，东政发〔2023〕12号", "ip-s");
        assertThat(supplemented.stage()).isEqualTo("RECEIVED");
        assertThat(supplemented.deadlines()).filteredOn(d -> d.kind().equals("REPLY")).singleElement()
                .satisfies(d -> assertThat(d.explanation()).contains("收到补正后申请之日"));
        // the notice went out and the supplement came: those limits are met, and the queue goes by the reply's
        assertThat(supplemented.deadlines()).filteredOn(d -> d.kind().startsWith("SUPPLEMENT_"))
                .extracting(Views.DeadlineView::kind, Views.DeadlineView::stateName)
                .containsExactlyInAnyOrder(tuple("SUPPLEMENT_NOTICE", "已完成"), tuple("SUPPLEMENT_REPLY", "已完成"));
        LocalDate reply = supplemented.deadlines().stream().filter(d -> d.kind().equals("REPLY"))
                .map(Views.DeadlineView::due).findFirst().orElseThrow();
        assertThat(desk.queue(agency, null).items()).filteredOn(item -> item.id().equals(receipt.applicationId()))
                .singleElement().satisfies(item -> {
                    assertThat(item.nextDue()).isEqualTo(reply);
                    assertThat(item.nextDeadline()).isEqualTo("答复期限");
                });
    }

    @Test
    void staffActOnTheVersionTheySawAndAStaleVersionIsAConflict() {
        Views.SubmissionReceipt receipt = desk.submit(citizenForm("2023年老旧小区改造资金安排文件"), Channel.IN_PERSON, CLERK, null, null);
        Views.CaseView seen = desk.view(agency, receipt.applicationId(), CLERK);

        desk.act(agency, receipt.applicationId(),
                new StaffCommand("REPLY", null, "予以公开，见附件", null, null, null, null, "DISCLOSED", seen.version()), CLERK);

        assertThat(codeOf(() -> desk.act(agency, receipt.applicationId(),
                new StaffCommand("WITHDRAW", null, "撤回", null, null, null, null, null, seen.version()), CLERK)))
                .isEqualTo(ErrorCode.CONCURRENT_UPDATE);
        assertThat(desk.view(agency, receipt.applicationId(), CLERK).stage()).isEqualTo("REPLIED");
    }

    @Test
    void onlyTheOfficeHeadExtendsAndSeesPersonalDataWhole() {
        Views.SubmissionReceipt receipt = desk.submit(citizenForm("2023年老旧小区改造资金安排文件"), Channel.IN_PERSON, CLERK, null, null);
        StaffCommand extend = new StaffCommand("EXTEND", null, "需调取档案", null, 10, null, null, null, null);

        assertThat(codeOf(() -> desk.act(agency, receipt.applicationId(), extend, CLERK))).isEqualTo(ErrorCode.EXTENSION_NEEDS_OFFICE_HEAD);
        Views.CaseView extended = desk.act(agency, receipt.applicationId(), extend, HEAD);

        assertThat(extended.stage()).isEqualTo("EXTENDED");
        assertThat(extended.applicant().idNumber()).isEqualTo("11010519491231002X");
        assertThat(desk.view(agency, receipt.applicationId(), CLERK).applicant().idNumber()).isEqualTo("1101**********002X");
        assertThat(desk.view(agency, receipt.applicationId(), CLERK).applicant().phone()).isEqualTo("138****5678");
        assertThat(codeOf(() -> desk.view("another-agency", receipt.applicationId(), HEAD))).isEqualTo(ErrorCode.APPLICATION_NOT_FOUND);
    }

    @Test
    void theQueueListsOpenApplicationsByTheirNextDeadline() {
        Views.SubmissionReceipt older = desk.submit(citizenForm("较早收到的申请"), Channel.REGISTERED_POST, CLERK,
                LocalDate.now().minusDays(10), null);
        Views.SubmissionReceipt newer = desk.submit(citizenForm("今天收到的申请"), Channel.IN_PERSON, CLERK, null, null);
        Views.SubmissionReceipt closed = desk.submit(citizenForm("已答复的申请"), Channel.IN_PERSON, CLERK, null, null);
        desk.act(agency, closed.applicationId(), new StaffCommand("REPLY", null, "予以公开", null, null, null, null, "DISCLOSED", null), CLERK);

        assertThat(desk.queue(agency, null).items()).extracting(Views.QueueItem::id).containsExactly(older.applicationId(), newer.applicationId());
    }

    @Test
    void theQueueOrderFollowsTheDeadlinesAsTheyAreStored() {
        Views.SubmissionReceipt online = desk.submit(citizenForm("网上提交待确认的申请"), Channel.ONLINE, CITIZEN, null, "queue-online");
        Views.SubmissionReceipt inPerson = desk.submit(citizenForm("当面提交的申请"), Channel.IN_PERSON, CLERK, null, null);
        LocalDate reply = inPerson.deadlines().stream().filter(d -> d.kind().equals("SUPPLEMENT_NOTICE"))
                .map(Views.DeadlineView::due).findFirst().orElseThrow();

        List<Views.QueueItem> before = desk.queue(agency, null).items();
        assertThat(before).extracting(Views.QueueItem::id).containsExactly(inPerson.applicationId(), online.applicationId());
        assertThat(before).extracting(Views.QueueItem::nextDue).containsExactly(reply, null);
        assertThat(before).extracting(Views.QueueItem::nextDeadline).containsExactly("补正告知期限", null);

        desk.act(agency, online.applicationId(),
                new StaffCommand("CONFIRM_RECEIPT", null, "已电话确认", null, null, null, null, null, 1), CLERK);
        desk.act(agency, inPerson.applicationId(),
                new StaffCommand("REPLY", null, "予以公开", null, null, null, null, "DISCLOSED", null), CLERK);

        assertThat(desk.queue(agency, null).items()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(online.applicationId());
            assertThat(item.nextDue()).isEqualTo(reply); // received today too, so the same notice deadline
        });
    }

    @Test
    void theQueueIsPagedFilteredAndCountedByStage() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(desk.submit(citizenForm("本区第" + i + "批道路维修资料"), Channel.REGISTERED_POST, CLERK, LocalDate.now().minusDays(10 - i), null).applicationId());
        }
        desk.submit(citizenForm("网上提交的申请"), Channel.ONLINE, CLERK, null, null);

        Views.QueuePage second = desk.queue(agency, new Views.QueueQuery(null, null, null, 2, 2));
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.items()).extracting(Views.QueueItem::id).containsExactly(ids.get(2), ids.get(3));
        assertThat(second.byStage()).containsEntry("RECEIVED", 5L).containsEntry("AWAITING_CONFIRMATION", 1L);

        Views.QueuePage post = desk.queue(agency, new Views.QueueQuery("received", "REGISTERED_POST", "NATURAL_PERSON", 0, 50));
        assertThat(post.total()).isEqualTo(5);
        assertThat(post.items()).extracting(Views.QueueItem::id).containsExactlyElementsOf(ids);
        assertThat(post.items().getFirst().nextDue()).isNotNull();
        assertThat(desk.queue(agency, new Views.QueueQuery(null, "FAX", null, 0, 50)).total()).isZero();

        assertThat(codeOf(() -> desk.queue(agency, new Views.QueueQuery("OPEN", null, null, 0, 50)))).isEqualTo(ErrorCode.FIELD_NOT_ALLOWED);
        assertThat(codeOf(() -> desk.queue(agency, new Views.QueueQuery(null, null, null, 0, 501)))).isEqualTo(ErrorCode.FIELD_NOT_ALLOWED);
    }

    @Test
    void theEleventhApplicationOfAMonthCarriesAFeeAndTheFirstTenAreFree() {
        String first = null;
        String eleventh = null;
        for (int i = 1; i <= 11; i++) {
            String id = desk.submit(citizenForm("第" + i + "份申请的政府信息"), Channel.IN_PERSON, CLERK, null, null).applicationId();
            first = i == 1 ? id : first;
            eleventh = id;
        }
        String free = first;
        StaffCommand notice = new StaffCommand("ISSUE_FEE_NOTICE", null, "信息处理费通知", null, null, null, null, null, null);

        assertThat(codeOf(() -> desk.act(agency, free, notice, CLERK))).isEqualTo(ErrorCode.FEE_NOT_CHARGEABLE);
        Views.CaseView charged = desk.act(agency, eleventh, notice, CLERK);
        assertThat(charged.stage()).isEqualTo("AWAITING_FEE");
        assertThat(charged.history().getLast().action()).isEqualTo("ISSUE_FEE_NOTICE");
        assertThat(charged.deadlines()).extracting(Views.DeadlineView::kind).contains("FEE_PAYMENT");
    }

    @Test
    void informationAskedForByTwoApplicantsIsFlaggedForProactiveDisclosure() {
        SubmissionForm zhang = citizenForm("关于老旧小区改造资金安排的通知");
        SubmissionForm company = new SubmissionForm(agency, "COMMERCIAL_ENTERPRISE", "某某科技有限公司", null, null,
                "91350100M000100Y43", null, null, "010-65123456", null, "北京市东城区某某路2号", null,
                "老旧小区改造资金安排文件", null, "东政发〔2023〕12号", null, "PAPER", "POST");
        String first = desk.submit(zhang, Channel.IN_PERSON, CLERK, null, null).applicationId();
        desk.submit(company, Channel.IN_PERSON, CLERK, null, null);
        desk.submit(citizenForm("另一件只有一人申请的信息"), Channel.IN_PERSON, CLERK, null, null);

        List<ProactiveDisclosureReview.Candidate> candidates = review.candidates(agency);
        assertThat(candidates).singleElement().satisfies(c -> {
            assertThat(c.applicants()).isEqualTo(2);
            assertThat(c.subject()).contains("东政发202312号");
            assertThat(c.released()).isFalse();
        });

        assertThat(codeOf(() -> {
            review.decide(agency, first, true, "涉及公众利益", HEAD);
            return null;
        })).isEqualTo(ErrorCode.REVIEW_ONLY_AFTER_RELEASE);
        desk.act(agency, first, new StaffCommand("REPLY", null, "予以公开", null, null, null, null, "DISCLOSED", null), CLERK);
        review.decide(agency, first, true, "多人申请，涉及公众利益", HEAD);
        assertThat(review.candidates(agency).getFirst().released()).isTrue();
        assertThat(review.candidates(agency).getFirst().decided()).isTrue();
    }

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    String importLine(String receivedOn, String steps) {
        return """
                {"agencyId":"%s","applicantKind":"NATURAL_PERSON","name":"李四","idNumber":"440304199001011233",
                 "phone":"13912345678","description":"2022年本区道路维修工程的验收报告","deliveryForm":"PAPER",
                 "deliveryMethod":"COLLECT","channel":"REGISTERED_POST","receivedOn":"%s","steps":%s}"""
                .formatted(agency, receivedOn, steps).replace("\n", "");
    }

    @Test
    void anImportWritesNothingWhenAnyLineIsRejectedAndEverythingWhenNoneIs() throws Exception {
        String closed = importLine("2022-09-30", """
                [{"action":"EXTEND","on":"2022-10-28","note":"需调取档案","workingDays":10},
                 {"action":"REPLY","on":"2022-11-10","note":"予以公开","outcome":"DISCLOSED"}]""");
        String open = importLine("2022-10-10", "[]");
        String illegal = importLine("2022-09-30", """
                [{"action":"MARK_ABANDONED","on":"2022-10-28"}]""");
        Actor importer = new Actor("import:legacy.jsonl", Role.OFFICE_HEAD);

        ImportReport refused = desk.importApplications(
                ImportFile.parse(List.of(closed, "{broken", illegal, open), json), importer);
        assertThat(refused.imported()).isZero();
        assertThat(refused.rejected()).extracting(ImportReport.Rejected::line).containsExactly(2, 3);
        assertThat(refused.rejected()).extracting(ImportReport.Rejected::code)
                .containsExactly("IMPORT_LINE_UNREADABLE", "ILLEGAL_TRANSITION");
        assertThat(countApplications()).isZero();

        ImportReport done = desk.importApplications(ImportFile.parse(List.of(closed, "", open), json), importer);
        assertThat(done.imported()).isEqualTo(2);
        assertThat(countApplications()).isEqualTo(2);
        assertThat(desk.queue(agency, null).items()).singleElement().satisfies(item -> assertThat(item.receivedOn()).isEqualTo(LocalDate.parse("2022-10-10")));
    }

    @Test
    void personalDataIsEncryptedAtRest() throws Exception {
        Views.SubmissionReceipt receipt = desk.submit(citizenForm("2023年老旧小区改造资金安排文件"), Channel.IN_PERSON, CLERK, null, null);

        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select * from application_detail where application_id = ?")) {
            statement.setString(1, receipt.applicationId());
            ResultSet row = statement.executeQuery();
            assertThat(row.next()).isTrue();
            StringBuilder everything = new StringBuilder();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                Object value = row.getObject(i);
                everything.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : value).append('|');
            }
            assertThat(everything.toString()).doesNotContain("13812345678", "11010519491231002X", "张三丰", "zhangsan@example.cn",
                    receipt.queryCode());
        }
    }

    /** The calls started together, one thread each; their answers in order. */
    private static List<Object> concurrently(List<Callable<Object>> calls) throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(calls.size());
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(calls.size())) {
            List<java.util.concurrent.Future<Object>> futures = new java.util.ArrayList<>();
            for (Callable<Object> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<Object> answers = new java.util.ArrayList<>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }

    private long countApplications() throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select count(*) from application where agency_id = ?")) {
            statement.setString(1, agency);
            ResultSet row = statement.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    private static DomainException catchDomain(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a DomainException");
    }
}
