package cn.gongkai.knowledge;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BgeEmbedderTest {

    @Test
    void closingWaitsForTheRunsUnderWayAndRefusesLaterOnes() {
        BgeEmbedder embedder = new BgeEmbedder();
        float[] warm = embedder.embedQuery("政府信息公开申请的答复期限");
        assertThat(warm).hasSize(embedder.dimension());
        String longText = "行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复。".repeat(12);
        List<CompletableFuture<float[]>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // as a search's question embedding, still going when the command ends
            runs.add(CompletableFuture.supplyAsync(() -> embedder.embedQuery(longText)));
        }
        embedder.close(); // freed under a run, the model's native session crashed the JVM
        for (CompletableFuture<float[]> run : runs) {
            try {
                assertThat(run.join()).hasSize(embedder.dimension());
            } catch (CompletionException e) {
                assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
            }
        }
        assertThatThrownBy(() -> embedder.embedQuery("还能用吗")).isInstanceOf(IllegalStateException.class);
        embedder.close(); // twice is harmless
    }
}
