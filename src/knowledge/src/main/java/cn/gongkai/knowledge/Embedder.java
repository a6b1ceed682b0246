package cn.gongkai.knowledge;

import java.util.List;

/** Dense vectors for passages and questions; vectors are unit length, compared by dot product. */
public interface Embedder extends AutoCloseable {

    int dimension();

    /** The model's name, kept in the index so that vectors of different models are never mixed. */
    String model();

    List<float[]> embedPassages(List<String> passages);

    float[] embedQuery(String question);

    @Override
    default void close() {
    }

    static float[] normalize(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] * inverse;
        }
        return out;
    }
}
