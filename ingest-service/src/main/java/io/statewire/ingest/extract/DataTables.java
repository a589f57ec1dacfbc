package io.statewire.ingest.extract;

import org.jsoup.nodes.Element;

/** Tells a table of data (kept with the article) from a table used for layout. */
final class DataTables {

    private DataTables() {
    }

    static boolean isData(Element table) {
        if ("presentation".equals(table.attr("role")) || "0".equals(table.attr("datatable"))) {
            return false;
        }
        if (table.hasAttr("summary") || table.selectFirst("caption, thead, tfoot, th, colgroup") != null) {
            return true;
        }
        if (table.select("table").size() > 1) {
            return false;
        }
        int rows = table.select("tr").size();
        int columns = 0;
        for (Element row : table.select("tr")) {
            columns = Math.max(columns, row.select("td").size());
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }
}
