# Help in Chinese and English (the golden cases are tests/cli/help/): every
# description a program's --help and man page show is in the command line's
# language, and every placeholder of --cli-spec says what its value is.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME help/every-description-is-in-the-command-lines-language-and-every-placeholder-says-what-it-is
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/help/check_all_translated.py
                 ${PROJECT_BINARY_DIR}/tools)
