#!/bin/bash
# The zsh completion (completions/_encat).
#   zsh.sh loads|completes TOOLS_DIR SOURCE_DIR
#   loads:     sourced after compinit, and found on $fpath by its #compdef
#              line, it defines _encat for encat and every tool, quietly;
#   completes: an interactive zsh on a pseudo-terminal lists options,
#              choices, commands, catalog ids and finding codes
#              (zsh_complete.zsh), in a copy of catalogs/.
set -eu
case=$1 tools=$(cd "$2" && pwd) src=$(cd "$3" && pwd)
export PATH="$tools:$PATH"
command -v zsh >/dev/null || { echo "FAIL: zsh is missing (Debian package zsh)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
names=$(printf '%s\n' encat $(encat --cli-spec | awk -F'\t' '$1 == "command" && $2 != "help" { print "encat-" $2 }'))
case $case in
  loads)
    failed=0
    for how in source fpath; do
      if [ $how = source ]; then load='autoload -Uz compinit && compinit -u -D && source "$0"'
      else load='fpath=("${0:h}" $fpath) && autoload -Uz compinit && compinit -u -D'; fi
      got=$(zsh -fc "$load"' || exit 1
        for name in ${(f)1}; do print -r -- "$name ${_comps[$name]-none}"; done
        [[ $(whence -w _encat) == "_encat: function" ]] || print "_encat is no function"' \
        "$src/completions/_encat" "$names" 2>"$work/err") || { echo "FAIL ($how): zsh exited $?" >&2; failed=1; }
      want=$(echo "$names" | sed 's/$/ _encat/')
      if [ "$got" != "$want" ] || [ -s "$work/err" ]; then
        echo "FAIL ($how): registered:" >&2
        diff <(echo "$want") <(echo "$got") >&2 || true
        cat "$work/err" >&2
        failed=1
      fi
    done
    exit $failed
    ;;
  completes)
    cp -r "$src/catalogs" .
    zsh -f "$src/tests/completion/zsh_complete.zsh" "$src"
    ;;
  *) echo "unknown case $case" >&2; exit 2 ;;
esac
