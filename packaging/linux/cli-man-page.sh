#!/bin/sh
# Writes the leadrails-cli(1) manual page from the program's own --help, so the page cannot drift from it:
# help2man formats the main --help; each command's --help (commands read from the main help's
# "Commands:" list) becomes a subsection of COMMANDS; leadrails-cli.h2m adds what --help does not say.
# Usage: cli-man-page.sh LEADRAILS-CLI HELP2MAN OUTPUT STATIC.h2m
set -eu
cli=$1 help2man=$2 output=$3 static=$4

# Run it by its bare name (argv[0] is what the usage lines print) and in English whatever the build
# machine's language.
PATH="$(cd "$(dirname "$cli")" && pwd):$PATH"
LC_ALL=C.UTF-8 LANG=C.UTF-8
export PATH LC_ALL LANG
unset LANGUAGE LEADRAILS_LANG LEADRAILS_DATA_DIR 2>/dev/null || true
name=$(basename "$cli")

commands=$("$name" --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1; next } on { exit }')
[ -n "$commands" ] || { echo "cli-man-page.sh: no commands found in '$name --help'" >&2; exit 1; }

generated="$output.commands.h2m"
{
  printf '%s\n' '[COMMANDS]' \
    'Each command also takes the global options, and \fB\-\-help\fR and \fB\-\-version\fR.'
  for command in $commands; do
    "$name" "$command" --help | awk -v prog="$name" -v cmd="$command" '
      function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); gsub(/…/, "\\[u2026]", s); return s }
      # A line starting with "." or "\047" is a request to troff, with "[" or "/" a directive to help2man.
      function line(s) { if (s ~ /^[.\047[\/]/) s = "\\&" s; print s }
      function term(t,    n, i, p, v, out, parts) {
        # Options in bold, their value placeholders as written.
        n = split(t, parts, ", ")
        out = ""
        for (i = 1; i <= n; i++) {
          p = parts[i]; v = ""
          if (index(p, " ")) { v = substr(p, index(p, " ")); p = substr(p, 1, index(p, " ") - 1) }
          out = out (i > 1 ? ", " : "") (p ~ /^-/ ? "\\fB" esc(p) "\\fR" : esc(p)) esc(v)
        }
        return out
      }
      function heading() { if (pending != "") { print ".PP"; line(pending) } pending = "" }
      NR == 1 {
        sub(/^Usage: [^ ]+ ?/, "")
        printf ".SS \"%s %s\"\n", prog, cmd
        printf "\\fB%s %s\\fR %s\n.PP\n", esc(prog), esc(cmd), esc($0)
        next
      }
      /^$/ { blank = 1; next }
      /^(Options|Arguments):$/ { pending = $0; skip = 0; next }
      # Global options are described once, in OPTIONS.
      /^  -h, --help|^  -v, --version/ { skip = 1; next }
      /^      / { if (!skip) { sub(/^ +/, ""); line(esc($0)) } next }
      /^  [^ ]/ {
        skip = 0; blank = 0
        heading()
        text = substr($0, 3)
        if (match(text, /  +/)) {
          at = RSTART; len = RLENGTH
          print ".TP"; line(term(substr(text, 1, at - 1)))
          line(esc(substr(text, at + len)))
        } else {
          print ".TP"; line(term(text)); print ".br"
        }
        next
      }
      { if (blank) print ".PP"; blank = 0; line(esc($0)) }
    '
  done
} > "$generated"

"$help2man" --no-info --name "route leads to SMS through your own Twilio account" \
  --section 1 --include "$generated" --include "$static" --output "$output" "$name"
rm -f "$generated"
