// Apart from the command, which the lint bundle leaves out (docs/architecture.md, "The CLI's bundles").
export const RESULTS_HELP = `Usage: socialplan results import <file.csv> --objective <id> --into <results.md> [options]

Adds the dated values of a CSV export (Meta Business Suite, GA4, LinkedIn page analytics, a
spreadsheet) to a results document, as readings of one objective's KPI. Only the new entries are
written, at the end of its \`results:\` list, in the style of the entries there: the rest of the
file (comments, quoting, layout, the analysis below) is left as it is. A missing results document
is created. Values the plan already holds are skipped, so importing the same file twice adds
nothing; a different value for a date the plan already has is refused, never overwritten.

If any row cannot be read (a date or a number that is not one, an empty cell), nothing is
written and each such row is listed with its number, as a spreadsheet shows it.

Options:
  --objective <id>         the objective whose KPI the file measures (required)
  --into <file>            the results document to add to (required); created when missing,
                           inside the plan's folder
  --date-column <name|n>   the column of the dates, by name (any case) or number from 1
                           (default: the column named Date, Day, Jour, Week, Month…)
  --value-column <name|n>  the column of the values (default: the other one, when there are two)
  --date-format <ymd|dmy|mdy>
                           how dates such as 03/04/2027 are written (default: found from the
                           dates; 2027-03-31 and 20270331 are always read)
  --decimal <.|,>          the decimal mark (default: the one that reads every value, else ","
                           when the file is split by ";", else ".")
  --per <row|week|month>   one result per row (default), or one per week (Monday to Sunday) or
                           calendar month
  --aggregate <last|sum>   with --per week or month: the latest value, for a level such as
                           followers (default), or the sum, for a count over the span such as
                           clicks (written with period.start)
  --source <text>          where the values were read, written on each result ("GA4")
  --skip-invalid           add the rows that can be read, and list the others
  --dry-run                show what would be added; write nothing
  --locale <en|fr>         language of the messages and of a new document's title
  --config <file>          use this config file instead of the nearest .socialplan.yaml

Exit codes: 0 added (or nothing new), 1 rows refused and nothing written, 2 usage error or a
file that cannot be read or written.
`;
