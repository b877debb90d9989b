# Fault injection (issue 6, "Keep it fixed"): full devices, unwritable and
# unreadable folders, device nodes and FIFOs, -o onto an input, SIGKILL during
# a large write, vanishing files, names with spaces and Chinese; for both
# tools. tests/faults/faults.py says what each case checks. A case that cannot
# set up its situation here (not root, no `nobody`) is skipped (77).
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# Removes `vanish.yaml` just before it is opened (LD_PRELOAD).
add_library(encat_vanish_shim MODULE faults/vanish_shim.cpp)
set_target_properties(encat_vanish_shim PROPERTIES PREFIX "" OUTPUT_NAME vanish_shim)
target_link_libraries(encat_vanish_shim PRIVATE ${CMAKE_DL_LIBS})

set(fault_cases
  output-to-a-full-device-exits-2-with-a-message-and-stays-a-device
  output-into-an-unwritable-folder-exits-2-and-writes-nothing
  output-onto-a-folder-is-a-usage-error
  output-onto-a-device-node-writes-into-it-and-leaves-it-a-device
  output-onto-a-fifo-writes-into-it-and-leaves-it-a-fifo
  output-onto-an-input-is-a-usage-error-by-any-spelling
  output-through-a-symlink-writes-its-target-and-keeps-the-link
  new-output-file-gets-the-mode-the-umask-allows-an-existing-one-keeps-its-mode
  failed-write-to-standard-output-exits-2-with-a-message
  sigkill-during-a-large-write-leaves-the-old-output-never-a-half-one
  input-fifo-exits-2-without-hanging-and-writes-no-output
  input-symlink-loop-exits-2-named-as-a-loop
  input-unreadable-folder-exits-2-as-an-unprivileged-user
  input-file-vanishing-between-listing-and-reading-exits-2-with-a-message
  paths-with-spaces-and-chinese-characters-are-read-and-named
  usage-errors-are-chinese-by-default-and-english-with-lang-en)
foreach(fault IN LISTS fault_cases)
  add_test(NAME faults/${fault}
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/faults/faults.py ${fault}
                   $<TARGET_FILE:encat-validate> $<TARGET_FILE:encat-audit> ${PROJECT_SOURCE_DIR}
                   $<TARGET_FILE:encat_vanish_shim>)
  set_tests_properties(faults/${fault} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
endforeach()
# The shim is loaded into the programs with LD_PRELOAD: never instrumented, so
# it cannot come before the sanitizer runtime of an ENCAT_SANITIZE build.
set_property(TARGET encat_vanish_shim PROPERTY COMPILE_OPTIONS "")
set_property(TARGET encat_vanish_shim PROPERTY LINK_OPTIONS "")
