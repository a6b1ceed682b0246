package cn.gongkai.applications;

/**
 * A column holding personal data encrypted by {@link PersonalDataCipher}, which {@link DataKeyRotation} re-encrypts
 * when the key changes. A module with such a column produces one of these as a bean.
 *
 * @param table    the table (a plain SQL name)
 * @param idColumn its primary key, a text column (the order the rotation walks in)
 * @param column   the encrypted {@code bytea} column (may be nullable)
 */
public record EncryptedColumn(String table, String idColumn, String column) {
    public EncryptedColumn {
        for (String name : new String[]{table, idColumn, column}) {
            if (name == null || !name.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain SQL name: " + name);
            }
        }
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
