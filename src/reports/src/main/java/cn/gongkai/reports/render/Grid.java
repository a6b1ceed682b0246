package cn.gongkai.reports.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as the official format draws it, in HTML's terms: rows of cells, each spanning rows and columns, a cell
 * left out where one from above or the left covers it. HTML and Word are drawn from it.
 */
public record Grid(String caption, int columns, List<List<Cell>> rows) {

    public record Cell(String text, int rowspan, int colspan, boolean header) {
        public static Cell head(String text) {
            return new Cell(text, 1, 1, true);
        }

        public static Cell head(String text, int rowspan, int colspan) {
            return new Cell(text, rowspan, colspan, true);
        }

        public static Cell data(String text) {
            return new Cell(text, 1, 1, false);
        }
    }

    /** A cell with its position in the full grid. */
    public record Placed(Cell cell, int row, int column) {
    }

    /** Every cell at its row and column, working out what the spans from above cover. */
    public List<Placed> placed() {
        boolean[][] taken = new boolean[rows.size()][columns];
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                if (c >= columns) {
                    throw new IllegalStateException(caption + ": row " + r + " has too many cells");
                }
                placed.add(new Placed(cell, r, c));
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                c += cell.colspan();
            }
        }
        return placed;
    }
}
