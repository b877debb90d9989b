# bash completion for encat and its tools (encat-validate, encat-merge, …).
#
# Everything comes from the programs themselves: their options, placeholders
# and choices from the hidden `--cli-spec` (tools/common/manual.h; cached per
# shell), catalog ids, region codes, finding codes and kinds from `encat
# --complete ids|regions|codes|kinds` (read from the catalogs under the
# current folder). Installed as share/bash-completion/completions/encat with
# a link for each tool; from a source tree: `source completions/encat.bash`.
# Works with or without the bash-completion package (its _filedir is used
# for file names when it is there), under `set -u`, and is quiet on errors.

declare -gA _encat_specs=()

# Sets _encat_spec to the --cli-spec of the program `"$@"` runs (empty when
# it cannot run); cached under the command line.
_encat_load_spec() {
  local key="$*"
  if [[ -z ${_encat_specs[$key]-} ]]; then
    _encat_specs[$key]=$("$@" --cli-spec 2>/dev/null </dev/null) || _encat_specs[$key]=""
  fi
  _encat_spec=${_encat_specs[$key]-}
}

# Reads the lines of _encat_spec for subcommand SCOPE ("-": the program):
# _encat_opts (names), _encat_ph and _encat_ch (placeholder and choices by
# name), _encat_cmds (subcommands or encat's tools) and _encat_pos (the
# positional's placeholder).
_encat_parse() {
  local scope=$1 line type where a b c name
  local -a names
  _encat_opts=() _encat_cmds=() _encat_pos=""
  _encat_ph=() _encat_ch=()
  while IFS= read -r line; do
    IFS=$'\x1f' read -r type where a b c _ <<<"${line//$'\t'/$'\x1f'}"
    case $type in
      command) _encat_cmds+=("$where") ;;
      option)
        [[ $where == "$scope" ]] || continue
        IFS=' ' read -r -a names <<<"$a"
        for name in "${names[@]}"; do
          _encat_opts+=("$name")
          _encat_ph[$name]=$b
          _encat_ch[$name]=$c
        done
        ;;
      positional) [[ $where == "$scope" && -z $_encat_pos ]] && _encat_pos=$a:$b ;;
    esac
  done <<<"$_encat_spec"
  return 0
}
declare -gA _encat_ph=() _encat_ch=()
declare -ga _encat_opts=() _encat_cmds=()

# Adds to COMPREPLY each of the words after PREFIX CUR that starts with CUR.
_encat_add() {
  local prefix=$1 cur=$2 word
  shift 2
  for word in "$@"; do
    [[ $word == "$cur"* ]] && COMPREPLY+=("$prefix$word")
  done
  return 0
}

# Completes CUR as a file (-f) or folder (-d) name, after PREFIX (`--opt=`).
_encat_files() {
  local prefix=$1 cur=$2 flag=$3 name
  if [[ -z $prefix ]] && declare -F _filedir >/dev/null 2>&1; then
    if [[ $flag == -d ]]; then _filedir -d 2>/dev/null; else _filedir 2>/dev/null; fi
  else
    compopt -o filenames 2>/dev/null
    while IFS= read -r name; do
      COMPREPLY+=("$prefix$name")
    done < <(compgen "$flag" -- "$cur" 2>/dev/null)
  fi
  return 0
}

# Completes a value CUR (after PREFIX, `--opt=` or nothing) of option OPT.
_encat_value() {
  local prefix=$1 cur=$2 opt=$3 what="" line
  local -a values=()
  local placeholder=${_encat_ph[$opt]-} choices=${_encat_ch[$opt]-}
  placeholder=${placeholder%…}  # PATH…: one or more
  if [[ -n $choices ]]; then
    IFS=' ' read -r -a values <<<"$choices"
    _encat_add "$prefix" "$cur" "${values[@]}"
    return 0
  fi
  case $placeholder in
    FILE | PATH)
      _encat_files "$prefix" "$cur" -f
      return 0
      ;;
    DIR)
      _encat_files "$prefix" "$cur" -d
      return 0
      ;;
    ID | *_ID) what=ids ;;
    REGION | COUNTY) what=regions ;;
    CODE) what=codes ;;
    KIND) what=kinds ;;
    REV)
      while IFS= read -r line; do
        values+=("$line")
      done < <(git for-each-ref --format='%(refname:short)' refs/heads refs/tags refs/remotes 2>/dev/null)
      _encat_add "$prefix" "$cur" HEAD "${values[@]}"
      return 0
      ;;
    *) return 0 ;;
  esac
  while IFS=$'\t' read -r line _; do
    [[ -n $line ]] && values+=("$line")
  done < <("$_encat_front" --complete "$what" 2>/dev/null </dev/null)
  _encat_add "$prefix" "$cur" "${values[@]}"
  return 0
}

# Completes word CWORD of WORDS (set by _encat), for the program the command
# line `RUN…` runs: its subcommands, options, option values and files.
_encat_program() {
  local -a run=("$@")
  _encat_load_spec "${run[@]}"
  _encat_parse -
  local scope=- i=1 word cur=${_encat_words[_encat_cword]-}
  # A subcommand (encat-merge's) is the first word that is not an option or its value.
  if ((${#_encat_cmds[@]})); then
    for ((i = 1; i < _encat_cword; i++)); do
      word=${_encat_words[i]}
      if [[ $word == -* ]]; then
        [[ $word != *=* && -n ${_encat_ph[$word]-} ]] && i=$((i + 1))
        continue
      fi
      scope=$word
      break
    done
    [[ $scope != - ]] && _encat_parse "$scope"
  fi
  # After `--opt=`, or after an option that takes a value: the value.
  if [[ $cur == -*=* ]]; then
    local prefix=${cur%%=*}=
    [[ ${_encat_split-} ]] && prefix=""
    _encat_value "$prefix" "${cur#*=}" "${cur%%=*}"
    return 0
  fi
  local prev=${_encat_words[_encat_cword - 1]-}
  if [[ $prev == -* && $prev != *=* && -n ${_encat_ph[$prev]-} ]]; then
    _encat_value "" "$cur" "$prev"
    return 0
  fi
  if [[ $cur == -* ]]; then
    _encat_add "" "$cur" "${_encat_opts[@]}"
    return 0
  fi
  if [[ $scope == - ]] && ((${#_encat_cmds[@]})); then
    _encat_add "" "$cur" "${_encat_cmds[@]}"
    return 0
  fi
  [[ -n $_encat_pos ]] && _encat_files "" "$cur" -f
  return 0
}

# The completion function of encat and every encat-* tool.
_encat() {
  local -a _encat_words=()
  local _encat_cword=0 _encat_split="" _encat_front=encat word i
  # Join `--opt` `=` `value` (bash splits words at `=`) back into one word.
  for ((i = 0; i <= COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]-}
    local n=${#_encat_words[@]}
    if ((n > 1)) && [[ $word == = && ${_encat_words[n - 1]} == -* && ${_encat_words[n - 1]} != *=* ]]; then
      _encat_words[n - 1]+="="
      _encat_split=1
    elif ((n > 1)) && [[ ${_encat_split} && ${COMP_WORDS[i - 1]-} == = ]]; then
      _encat_words[n - 1]+=$word
    else
      _encat_words+=("$word")
      _encat_split=""
    fi
  done
  _encat_cword=$((${#_encat_words[@]} - 1))
  COMPREPLY=()
  local cmd=${_encat_words[0]-encat}
  # `encat --complete` from the encat beside the tool (a build tree), else on PATH.
  if [[ ${cmd##*/} == encat ]]; then
    _encat_front=$cmd
  elif [[ $cmd == */* && -x ${cmd%/*}/encat ]]; then
    _encat_front=${cmd%/*}/encat
  fi
  if [[ ${cmd##*/} != encat ]]; then
    _encat_program "$cmd"
    return 0
  fi
  # encat: its own options, then COMMAND, then the tool's words.
  _encat_load_spec "$cmd"
  _encat_parse -
  for ((i = 1; i < _encat_cword; i++)); do
    word=${_encat_words[i]}
    if [[ $word == -* ]]; then
      [[ $word != *=* && -n ${_encat_ph[$word]-} ]] && i=$((i + 1))
      continue
    fi
    if [[ $word == help ]]; then
      ((_encat_cword == i + 1)) && _encat_add "" "${_encat_words[_encat_cword]}" "${_encat_cmds[@]}"
      return 0
    fi
    _encat_words=("encat-$word" "${_encat_words[@]:i+1}")
    _encat_cword=$((_encat_cword - i))
    _encat_program "$cmd" "$word"
    return 0
  done
  _encat_program "$cmd"
  return 0
}

complete -F _encat encat encat-validate encat-audit encat-fmt encat-diff encat-merge encat-publish encat-import
