# Drives an interactive zsh on a pseudo-terminal (zsh/zpty) with
# completions/_encat loaded, lists the choices (^D) for command lines and
# checks the listing names what it should.
#   zsh -f zsh_complete.zsh SOURCE_DIR   (the tools on PATH, in the folder to complete in)
emulate -L zsh
setopt extendedglob
zmodload zsh/zpty || exit 1
src=$1 failed=0
zpty encat 'TERM=xterm COLUMNS=200 LINES=100 zsh -f -i'
zpty -w encat "PS1='%% '; unsetopt beep; autoload -Uz compinit; compinit -u -D; source ${(q)src}/completions/_encat; zstyle ':completion:*' list-prompt ''; LISTMAX=0; print READY"
# Reads what the terminal shows until it matches PATTERN or 20 s pass.
read_until() {
  local pattern=$1 chunk
  output=""
  local deadline=$(( SECONDS + 20 ))
  while (( SECONDS < deadline )); do
    if zpty -r -t encat chunk; then
      output+=$chunk
      [[ ${output//$'\e'\[[0-9;?]#[a-zA-Z]/} == $~pattern ]] && return 0
    else
      sleep 0.1
    fi
  done
  return 1
}
read_until '*READY*% *' || { print -u2 "FAIL: zsh did not start: $output"; exit 1; }
# expect LINE WORD…: listing the choices after LINE shows every WORD.
expect() {
  local line=$1 word pattern="*"
  shift
  for word in "$@"; do pattern+="${(b)word}*"; done
  zpty -w -n encat "$line"$'\C-d'
  if ! read_until "$pattern"; then
    print -u2 "FAIL: \`$line^D\` did not list: $*"
    print -u2 -r -- "${${output//$'\e'\[[0-9;?]#[a-zA-Z]/}//$'\r'/}"
    failed=1
  fi
  zpty -w -n encat $'\C-e\C-u'
  zpty -w encat 'print DONE'
  read_until '*DONE*% *'
}
expect 'encat-validate --f' --fail-on --format
expect 'encat-validate --format ' github json junit sarif text
expect 'encat validate --fail-on ' error warning
expect 'encat ' audit diff fmt import merge publish validate
expect 'encat merge ' add compose install-git-driver three-way
expect 'encat-merge three-way --report ' json text
expect 'encat-publish --catalog zj-unified-202' zj-unified-2021 zj-unified-2021-addition zj-unified-2022 '浙江省综合行政执法事项统一目录（2022年）'
expect 'encat-validate --explain E10' E101 E102 E103 E107
expect 'encat-audit --region 33088110' 330881100 上余镇 330881101 四都镇 330881102 贺村镇
expect 'encat-diff --sources cat' catalogs/
expect 'encat-diff --git ' HEAD
zpty -d encat
exit $failed
