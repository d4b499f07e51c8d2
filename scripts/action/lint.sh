#!/usr/bin/env bash
# The lint step of the GitHub Action (action.yml; docs/ci.md, "GitHub Action"): lints the inputs'
# paths, prints the findings (as annotations by default), writes SARIF when asked, and sets the
# step's outputs. Inputs come as SOCIALPLAN_* variables, which action.yml sets from `inputs.*`.
set -uo pipefail

cli="${GITHUB_ACTION_PATH:?run by action.yml, which sets GITHUB_ACTION_PATH}/bin/socialplan.js"
output="${GITHUB_OUTPUT:-/dev/null}"

# Paths: one per line, or separated by spaces when given on one line.
paths=()
if [[ "${SOCIALPLAN_PATHS:-.}" == *$'\n'* ]]; then
  while IFS= read -r line; do [ -n "$line" ] && paths+=("$line"); done <<< "$SOCIALPLAN_PATHS"
else
  read -r -a paths <<< "${SOCIALPLAN_PATHS:-.}"
fi
[ ${#paths[@]} -gt 0 ] || paths=(.)

options=()
case "${SOCIALPLAN_FAIL_ON:-error}" in
  error) ;;
  warning) options+=(--max-warnings 0) ;;
  *)
    echo "::error title=socialplan action::fail-on must be error or warning, not \"${SOCIALPLAN_FAIL_ON}\""
    exit 2
    ;;
esac
[ -n "${SOCIALPLAN_LOCALE:-}" ] && options+=(--locale "$SOCIALPLAN_LOCALE")
[ -n "${SOCIALPLAN_CONFIG:-}" ] && options+=(--config "$SOCIALPLAN_CONFIG")

node "$cli" lint "${paths[@]}" --format "${SOCIALPLAN_FORMAT:-github}" "${options[@]}"
status=$?

if [ "${SOCIALPLAN_SARIF:-false}" = true ]; then
  sarif="${SOCIALPLAN_SARIF_FILE:-socialplan.sarif}"
  # Its exit code repeats the run above; only a usage or config error (2) would be new, and the
  # run above already failed on it.
  node "$cli" lint "${paths[@]}" --format sarif "${options[@]}" > "$sarif" || true
  echo "sarif-file=$sarif" >> "$output"
fi
echo "exit-code=$status" >> "$output"
exit "$status"
