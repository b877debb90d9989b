# Writes one man page from a built program and its gzipped copy (gzip -9n:
# no name or time stored, so the same page gives the same bytes).
# cmake -DPROGRAM=… -DARGS="--man;--lang;en" -DOUTPUT=…/encat.1 -P man_page.cmake
execute_process(COMMAND "${PROGRAM}" ${ARGS} OUTPUT_FILE "${OUTPUT}.tmp" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "${PROGRAM} ${ARGS} exited ${rc}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
execute_process(COMMAND gzip -9nc "${OUTPUT}" OUTPUT_FILE "${OUTPUT}.gz" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip ${OUTPUT} exited ${rc}")
endif()
