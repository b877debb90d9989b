# Hostile strings (issue 6, defect 11): catalogs whose values hold backticks,
# `|`, <script>, ]]>, %0A, line breaks, ESC [31m, U+202E, C1 controls, … (see
# hostile_strings/hostile.py), through every format of every tool; each
# output held to its format (hostile_strings/run.py).
set(hostile_run ${CMAKE_CURRENT_SOURCE_DIR}/hostile_strings/run.py)
foreach(format text json sarif junit github)
  add_test(NAME hostile_strings/validate-${format}-escapes-hostile-values
           COMMAND ${Python3_EXECUTABLE} ${hostile_run} validate ${format} $<TARGET_FILE:encat-validate>)
endforeach()
foreach(format text markdown json html)
  add_test(NAME hostile_strings/audit-${format}-escapes-hostile-values
           COMMAND ${Python3_EXECUTABLE} ${hostile_run} audit ${format} $<TARGET_FILE:encat-audit>)
  add_test(NAME hostile_strings/audit-province-${format}-escapes-hostile-values
           COMMAND ${Python3_EXECUTABLE} ${hostile_run} audit ${format} $<TARGET_FILE:encat-audit> --province)
endforeach()
