namespace De06Metrics.Reporting;

/// <summary>The report's style sheet: screen, phone and print.</summary>
public static partial class HtmlReport
{
    /// <summary>
    /// The style sheet: the system's sans-serif fonts (nothing fetched), tables that scroll sideways in their frame on a
    /// narrow screen, and for print A4 landscape, table headers repeated on each page, no row cut across pages, the
    /// status colours printed as they are (<c>print-color-adjust: exact</c>) and each badge framed, so that it still reads
    /// on a black-and-white printer or where the browser leaves backgrounds out; printed, the charts sit three to a row (a
    /// target chart across two), each kept whole on its page.
    /// </summary>
    /// <remarks>
    /// Sizes are in <c>rem</c>, so print sets the root's size and everything follows it: the text, the tables and the
    /// headings keep their proportions on paper. At 9pt (the tables 8.3pt) the nine columns of the results fit across
    /// A4 landscape as they are, without the browser shrinking the page to fit.
    /// </remarks>
    private const string StyleSheet =
        "\n:root{color-scheme:light}"
        + "\nbody{font-family:system-ui,\"Segoe UI\",Roboto,\"Noto Sans\",\"DejaVu Sans\",Arial,sans-serif;color:" + ReportPalette.DarkText + ";background:#fff;margin:0 auto;padding:16px 24px;line-height:1.4;max-width:1360px}"
        + "\n.de06-head{border-bottom:3px solid " + ReportPalette.DarkText + ";padding-bottom:10px;margin-bottom:8px}"
        + "\n.de06-body{margin:0;font-weight:700;text-transform:uppercase;letter-spacing:.03em}"
        + "\nh1{font-size:1.5rem;margin:.2em 0 .4em}"
        + "\nh2{font-size:1.2rem;margin:1.4em 0 .5em;padding-bottom:2px;border-bottom:1px solid #bdbdbd}"
        + "\nh3{font-size:1rem;margin:.8em 0 .3em}"
        + "\nh4{font-size:.95rem;margin:.6em 0 .2em}"
        + "\n.de06-facts{display:flex;flex-wrap:wrap;gap:6px 36px;margin:0}"
        + "\n.de06-facts dt{font-size:.8rem;color:#555}"
        + "\n.de06-facts dd{margin:0;font-weight:600}"
        + "\n.de06-tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:12px}"
        + "\n.de06-tile{border:1px solid #bdbdbd;border-left:8px solid #616161;border-radius:6px;padding:8px 12px;break-inside:avoid}"
        + "\n.de06-tile h3{margin:0;font-size:.95rem}"
        + "\n.de06-figure{font-size:1.9rem;font-weight:700;margin:2px 0}"
        + "\n.de06-tile .de06-sentence{margin:0;font-size:.9rem}"
        + "\n.de06-scroll{overflow-x:auto;max-width:100%}"
        + "\n.de06-table{border-collapse:collapse;width:100%;min-width:960px;font-size:.92rem}"
        + "\n.de06-table caption{text-align:left;font-weight:600;padding:4px 0}"
        + "\n.de06-table th,.de06-table td{border:1px solid #d0d0d0;padding:4px 8px;vertical-align:top;text-align:left}"
        + "\n.de06-table thead th{background:#eeeeee}"
        + "\n.de06-table tbody th{font-weight:600;min-width:10em}"
        + "\n.de06-table td{min-width:4em}"
        + "\n.de06-table td.de06-wide{min-width:9em}"
        + "\n.de06-num{text-align:right!important;white-space:nowrap}"
        + "\n.de06-wrap{white-space:normal}"
        + "\n.de06-part{white-space:nowrap}"
        + "\n.de06-table td.de06-wrap{min-width:7.5em}"
        + "\n.de06-ref-sep{font-size:.75em}"
        + "\n.de06-table td.de06-code{min-width:7em;overflow-wrap:normal;word-break:keep-all;hyphens:none;font-size:.85em;color:#424242}"
        + "\n.de06-badge{display:inline-flex;align-items:baseline;gap:.3em;border:1px solid transparent;border-radius:4px;padding:1px 8px;font-weight:600;white-space:nowrap}"
        + "\n.de06-icon{flex:none}"
        + "\n.de06-status .de06-badge{white-space:normal}"
        + "\n.de06-table td.de06-status{min-width:12.5em}"
        + "\n.de06-badge,.de06-tile,.de06-chart svg{print-color-adjust:exact;-webkit-print-color-adjust:exact}"
        + "\n.de06-ref{font-size:.75em;margin-left:2px}"
        + "\n.de06-ref a{color:#0d47a1}"
        + "\n.de06-charts{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}"
        + "\n.de06-chart{margin:0;max-width:100%;border:1px solid #e0e0e0;border-radius:6px;padding:6px;break-inside:avoid}"
        + "\n.de06-chart svg{display:block;max-width:100%;height:auto}"
        + "\n.de06-items{list-style:none;padding:0;margin:0}"
        + "\n.de06-items li{margin:4px 0;break-inside:avoid}"
        + "\n.de06-more{margin:4px 0;font-style:italic;color:#424242}"
        + "\n.de06-chart-note{font-size:.85rem;color:#424242;margin-top:4px}"
        + "\n.de06-notes{font-size:.9rem}"
        + "\n.de06-legend{font-size:.9rem;list-style:none;padding:0;margin:.4em 0}"
        + "\n.de06-foot{margin-top:24px;border-top:1px solid #bdbdbd}"
        + "\n.de06-generated{font-size:.85rem;color:#555}"
        + "\nthead{display:table-header-group}"
        + "\ntr{break-inside:avoid}"
        + "\n@media (max-width:700px){body{padding:10px}h1{font-size:1.25rem}.de06-tiles{grid-template-columns:1fr 1fr}.de06-figure{font-size:1.5rem}.de06-chart{overflow-x:auto}.de06-chart svg{max-width:none}}"
        + "\n@page{size:A4 landscape;margin:12mm}"
        + "\n@media print{html{font-size:9pt}body{padding:0;max-width:none}.de06-scroll{overflow:visible}.de06-table{min-width:0}.de06-tiles{grid-template-columns:repeat(4,1fr)}.de06-badge{border-color:" + ReportPalette.DarkText + "}.de06-charts{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));grid-auto-flow:row dense;gap:8px}.de06-chart{max-width:100%;padding:4px}.de06-chart-wide{grid-column:span 2}.de06-chart svg{max-width:100%;height:auto}.de06-chart-series svg{max-height:50mm}h2,h3,h4{break-after:avoid}a{color:inherit;text-decoration:none}}"
        + "\n";
}
