# Shell completion (completions/encat.bash, completions/_encat) and the values
# it offers (`encat --complete`), with the built tools first on PATH, in a
# copy of catalogs/ or a scratch folder. Needs the Debian packages
# bash-completion and zsh (scripts/deps.sh --test).
set(completion_dir ${CMAKE_CURRENT_SOURCE_DIR}/completion)
set(completion_tools ${PROJECT_BINARY_DIR}/tools)

foreach(behaviour
    registers:completion/bash-registers-for-encat-and-every-encat-tool
    options:completion/bash-completes-a-tools-options-and-a-subcommands-options
    choices:completion/bash-completes-option-choices-also-in-the-opt-equals-value-form
    ids:completion/bash-completes-catalog-ids-of-the-catalogs-under-the-current-folder
    regions:completion/bash-completes-region-codes-of-the-catalogs-and-the-registry
    codes:completion/bash-completes-finding-codes-after-explain
    commands:completion/bash-completes-encat-commands-and-encat-merge-subcommands
    files:completion/bash-completes-files-and-folders-where-a-tool-takes-them
    revisions:completion/bash-completes-git-branches-and-tags-after-diff-git
    lazy:completion/bash-completion-package-loads-it-on-demand-under-a-tools-name)
  string(REPLACE ":" ";" parts "${behaviour}")
  list(GET parts 0 case)
  list(GET parts 1 name)
  add_test(NAME ${name} COMMAND bash ${completion_dir}/bash.sh ${case} ${completion_tools} ${PROJECT_SOURCE_DIR})
endforeach()

add_test(NAME completion/zsh-loads-quietly-and-defines-encat-for-every-tool
         COMMAND bash ${completion_dir}/zsh.sh loads ${completion_tools} ${PROJECT_SOURCE_DIR})
add_test(NAME completion/zsh-lists-options-choices-commands-catalog-ids-and-codes
         COMMAND bash ${completion_dir}/zsh.sh completes ${completion_tools} ${PROJECT_SOURCE_DIR})
set_tests_properties(completion/zsh-lists-options-choices-commands-catalog-ids-and-codes PROPERTIES TIMEOUT 120)

add_test(NAME completion/values-are-read-from-any-valid-layout-and-skip-broken-files-quietly
         COMMAND bash ${completion_dir}/values.sh ${completion_tools})
