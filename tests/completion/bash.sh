#!/bin/bash
# The bash completion (completions/encat.bash), run the way bash runs it:
# sourced in `bash --norc` with `set -u`, COMP_WORDS/COMP_CWORD set and the
# function called, in a copy of catalogs/ (no .encat.yaml above it). Every
# case runs without and with the bash-completion package loaded, and fails
# on anything printed on standard error.
#   bash.sh CASE TOOLS_DIR SOURCE_DIR
set -eu
case=$1 tools=$(cd "$2" && pwd) src=$(cd "$3" && pwd)
export PATH="$tools:$PATH"
script="$src/completions/encat.bash"
package=/usr/share/bash-completion/bash_completion
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/catalogs" "$work/"
cd "$work"
failed=0

# The words bash offers for the command line WORD… (completing the last
# word), one a line, sorted. $preload runs first (the package, or nothing).
reply() {
  bash --norc -c 'set -u
    '"$preload"'
    source "$0"
    COMP_WORDS=("$@") COMP_CWORD=$(($# - 1)) COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMP_WORDBREAKS=${wordbreaks-$COMP_WORDBREAKS}
    _encat
    printf "%s\n" "${COMPREPLY[@]}"' "$script" "$@" 2>"$work/err" | sort
  if [ -s "$work/err" ]; then
    echo "FAIL: \`$*\` printed on standard error:" >&2
    cat "$work/err" >&2
    failed=1
  fi
}

# expect "WORD…" EXPECTED…: the completions are exactly EXPECTED (sorted).
expect() {
  local line=$1 got want
  shift
  read -r -a words <<<"$line"
  [[ $line == *" " ]] && words+=("")
  got=$(reply "${words[@]}")
  want=$(printf '%s\n' "$@" | sort)
  if [ "$got" != "$want" ]; then
    echo "FAIL ($label): \`$line<TAB>\`" >&2
    diff <(echo "$want") <(echo "$got") | sed 's/^/  /' >&2
    failed=1
  fi
}

commands=$(encat --cli-spec | awk -F'\t' '$1 == "command" { print $2 }')
[ -n "$commands" ] || { echo "FAIL: \`encat --cli-spec\` lists no commands" >&2; exit 1; }

run_case() {
  case $case in
    registers)
      # encat and encat-<command> for every command of `encat --cli-spec` but help.
      want=$(printf '%s\n' encat $(echo "$commands" | grep -vx help | sed 's/^/encat-/') | sort)
      got=$(bash --norc -c "set -u; $preload"'
        source "$0"
        complete -p encat encat-validate encat-audit >/dev/null || exit 1
        complete -p | awk '\''$NF ~ /^encat/ && $(NF - 1) == "_encat" { print $NF }'\' "$script" 2>"$work/err" | sort)
      if [ "$got" != "$want" ] || [ -s "$work/err" ]; then
        echo "FAIL ($label): registered for" $got "instead of" $want >&2
        cat "$work/err" >&2
        failed=1
      fi
      ;;
    options)
      expect "encat-validate --f" --fail-on --format
      expect "encat-validate --expl" --explain
      expect "encat validate --tim" --timings
      expect "encat --" --help --lang --version
      expect "encat merge compose --ye" --year
      expect "encat-merge three-way --rep" --report
      expect "encat-merge install-git-driver --ch" --check
      ;;
    choices)
      expect "encat-validate --format " text json sarif junit github
      expect "encat-validate -f j" json junit
      expect "encat-publish --columns " default full
      expect "encat --lang " zh en
      expect "encat --lang en validate --fail-on " error warning
      expect "encat-merge three-way --report " text json
      # --opt=value: as one word (`=` not a word break), and as bash splits it.
      wordbreaks=' ' expect "encat-validate --format=j" --format=json --format=junit
      expect "encat-validate --format = j" json junit
      expect "encat-validate --format = " text json sarif junit github
      ;;
    ids)
      expect "encat-publish --catalog zj-unified-202" zj-unified-2021 zj-unified-2021-addition zj-unified-2022
      expect "encat publish --catalog zj-unified-2022" zj-unified-2022
      expect "encat-validate --registry zhejiang-r" zhejiang-registry
      expect "encat-audit --targets jiangshan-ta" jiangshan-targets jiangshan-tangyuankou-2021 jiangshan-tangyuankou-2023 jiangshan-tanshi-2021 jiangshan-tanshi-2022
      ;;
    regions)
      # The registry's and the catalogs' codes: 330800 衢州市, 330881 江山市 and its townships.
      mapfile -t want < <(encat --complete regions | cut -f1 | grep '^3308')
      [[ " ${want[*]} " == *" 330881 "* && " ${want[*]} " == *" 330881102 "* ]] || {
        echo "FAIL ($label): \`encat --complete regions\` lacks 330881 or 330881102" >&2
        failed=1
      }
      expect "encat-audit --region 3308" "${want[@]}"
      expect "encat-audit --region 330881" $(printf '%s\n' "${want[@]}" | grep '^330881')
      ;;
    codes)
      expect "encat-validate --explain E10" E101 E102 E103 E107
      expect "encat audit --explain B30" B301 B302 B303 B304 B305 B306 B307 B308 B309
      ;;
    commands)
      expect "encat " $commands
      expect "encat v" validate
      expect "encat help " $commands
      expect "encat merge " compose add three-way install-git-driver
      expect "encat-merge t" three-way
      ;;
    files)
      mkdir -p cases/one
      : >cases/report.txt
      expect "encat-validate cat" catalogs
      expect "encat-validate cases/" cases/one cases/report.txt
      expect "encat-validate --schemas cases/" cases/one
      expect "encat-validate -o cases/r" cases/report.txt
      ;;
    lazy)
      # Installed as share/bash-completion/completions/encat with a link per
      # tool, the package loads it on the first TAB after any of the names.
      [ -n "$preload" ] || return 0
      mkdir -p share/bash-completion/completions
      cp "$script" share/bash-completion/completions/encat
      ln -sf encat share/bash-completion/completions/encat-audit
      got=$(XDG_DATA_DIRS="$work/share" BASH_COMPLETION_USER_DIR=/nonexistent bash --norc -c 'set -u
        '"$preload"'
        __load_completion encat-audit || exit 1
        COMP_WORDS=(encat-audit --form) COMP_CWORD=1 COMP_LINE="encat-audit --form" COMP_POINT=18
        _encat
        complete -p encat-audit
        printf "%s\n" "${COMPREPLY[@]}"' 2>"$work/err")
      if [ "$got" != "$(printf 'complete -F _encat encat-audit\n--format')" ] || [ -s "$work/err" ]; then
        echo "FAIL ($label): loaded by the package: $got" >&2
        cat "$work/err" >&2
        failed=1
      fi
      ;;
    revisions)
      [ -d repo ] || {
        git init -q -b trunk repo
        git -C repo -c user.name=t -c user.email=t@example.org commit -q --allow-empty -m one
        git -C repo tag v1
      }
      (cd repo && expect "encat-diff --git " HEAD trunk v1 && expect "encat diff --git=t" --git=trunk)
      ;;
    *)
      echo "unknown case $case" >&2
      exit 2
      ;;
  esac
}

[ -r "$package" ] || { echo "FAIL: $package is missing (Debian package bash-completion)" >&2; exit 1; }
label="without bash-completion" preload="" run_case
label="with bash-completion" preload="source $package" run_case
exit $failed
