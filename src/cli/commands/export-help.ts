// Apart from the command, so that `socialplan --help` and `lint` do not load the export's code.
export const EXPORT_HELP = `Usage: socialplan export <plan folder or plan document> [options]

Assembles a plan — its plan document, steps in method order, charter and annexes — into one
report. Give the plan's folder, its plan.md, or any document of the plan.

Options:
  -f, --format <html|pdf|docx>
                           output format (default: from the -o extension, else html)
  -o, --output <file>      file to write (default: <plan title>-<version>.html, .pdf or .docx
                           here, such as millrace-arts-center-social-media-plan-2027-28-season-1.1.pdf);
                           "-" for stdout (a PDF or Word file only when stdout is not a terminal);
                           a device or a named pipe (/dev/null) gets the bytes as a stream
  --paper <A4|Letter>      paper size of the PDF (default: export.paper in the config, else A4)
  --steps-on-new-page      start each step of the PDF on a new page (as export.stepsOnNewPage
                           in the config); otherwise a step starts a page only when it would
                           start low on one
  --edition <client|review>
                           client: without the validation summary and the source files of
                           steps and budgets; review: with them (default: export.edition in
                           the config, else client once the plan is approved, review before)
  --locale <en|fr>         language of the report and of the messages
                           (default: export.locale in the config, else the plan's locale)
  --config <file>          use this config file instead of the nearest .socialplan.yaml
  --today <YYYY-MM-DD>     the date the rules take as today (default: today: in the config,
                           else the clock)
  --force                  export even when the plan has errors (they are printed);
                           never a plan whose plan.md does not parse
  --color, --no-color      force or disable colours in the printed problems

The HTML report is one self-contained file: inline styles, the configured logo embedded,
no script, and a Content-Security-Policy that blocks any. It prints well (page breaks,
page numbers, a DRAFT mark until the plan is approved).

The PDF is made without a browser: a cover page, a clickable table of contents, bookmarks,
page numbers, the tables and charts of the report, and a DRAFT watermark with lines to sign
until the plan is approved.

The Word file (.docx) has the same sections: the contents as a Word TOC field, headings in
Word's heading styles (the navigation pane lists them), table header rows repeated on each
page, the budget charts as images with their figures as alternative text, the agency's colour,
logo and footer, and the plan's language. With export.docx.template in the config, its styles
come from the agency's own Word template (.dotx or .docx).

Every file is written atomically: a failed export leaves the
previous file as it was, with its mode, owner and links.

Exit codes: 0 written, 1 the plan has errors (nothing written; see --force),
2 usage, config or write errors.
`;

export const REPORT_HELP = `Usage: socialplan report <plan folder or plan document> --month <YYYY-MM> [options]

The client's monthly report of a plan: the month's results with what moved since the reading
before and the share of the way to each target, where every objective stands as of the month's
end (its chart, its projection, on track / at risk / achieved / missed), the steps due this month
and next (and those overdue), and the analysis written in the body of the month's results
documents. Results dated after the month are left out, so a past month's report stays the same.

Options:
  -m, --month <YYYY-MM>    the month to report on (required)
  -f, --format <html|pdf|docx>
                           output format (default: from the -o extension, else html)
  -o, --output <file>      file to write (default: <plan title>-<version>-report-<month>.html,
                           .pdf or .docx here); "-" for stdout
  --paper <A4|Letter>      paper size of the PDF (default: export.paper in the config, else A4)
  --edition <client|review>
                           review adds the source file of each figure (default: as for export)
  --locale <en|fr>         language of the report and of the messages
  --config <file>          use this config file instead of the nearest .socialplan.yaml
  --today <YYYY-MM-DD>     the date taken as today, for a month that is still running
                           (default: today: in the config, else the clock)
  --force                  write the report even when the plan has errors
  --color, --no-color      force or disable colours in the printed problems

Same branding, accessibility and atomic writing as socialplan export.

Exit codes: 0 written, 1 the plan has errors (nothing written; see --force),
2 usage, config or write errors.
`;
