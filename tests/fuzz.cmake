# Fuzz regressions in the ordinary builds (Release, and the sanitizer build of
# .ci/run): each target of tests/fuzz/ compiled with a small replay main
# instead of libFuzzer, run on every file of tests/fuzz/regressions/<target>/
# (inputs the fuzzer once crashed on, kept for ever) and on the seed corpus
# that tests/fuzz/make_seeds.py builds from catalogs/, schemas/ and tests/.
include("${CMAKE_CURRENT_SOURCE_DIR}/fuzz/targets.cmake")
set(fuzz_seeds "${PROJECT_BINARY_DIR}/fuzz-seeds")
add_test(NAME fuzz/seed-corpora-are-made-from-the-repository
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/make_seeds.py ${PROJECT_SOURCE_DIR} ${fuzz_seeds})
set_tests_properties(fuzz/seed-corpora-are-made-from-the-repository PROPERTIES FIXTURES_SETUP fuzz_seeds)
foreach(target IN LISTS ENCAT_FUZZ_TARGETS)
  add_executable(fuzz_replay_${target} fuzz/fuzz_${target}.cpp fuzz/replay_main.cpp)
  target_link_libraries(fuzz_replay_${target} PRIVATE ${ENCAT_FUZZ_LIBS_${target}})
  add_test(NAME fuzz/${target}-survives-its-regressions-and-seeds
           COMMAND fuzz_replay_${target} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/${target} ${fuzz_seeds}/${target})
  set_tests_properties(fuzz/${target}-survives-its-regressions-and-seeds PROPERTIES FIXTURES_REQUIRED fuzz_seeds)
endforeach()

# The replay tests can fail: a target that crashes on one input fails its replay.
add_executable(fuzz_replay_selftest fuzz/selftest/selftest_target.cpp fuzz/replay_main.cpp)
add_test(NAME fuzz/replay-fails-when-the-target-crashes-on-an-input
         COMMAND sh -c "\"$1\" \"$2\" && exit 1; \"$1\" \"$3\""
                 _ $<TARGET_FILE:fuzz_replay_selftest> ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/selftest/crash
                 ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/selftest/selftest_target.cpp)


