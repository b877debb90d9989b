// write_csv: RFC 4180 records, quoting only where a reader needs it.
#include <doctest/doctest.h>

#include "tabular/csv.h"

using namespace encat::tabular;

TEST_CASE("write_csv ends every record in CRLF and leaves plain fields bare") {
  CHECK(write_csv({{"a", "b"}, {"事项名称", "1"}}, false) == "a,b\r\n事项名称,1\r\n");
  CHECK(write_csv({}, false).empty());
}

TEST_CASE("write_csv quotes a field holding a comma, quote, CR or LF, doubling its quotes") {
  CHECK(write_csv({{"a,b"}}, false) == "\"a,b\"\r\n");
  CHECK(write_csv({{"say \"hi\""}}, false) == "\"say \"\"hi\"\"\"\r\n");
  CHECK(write_csv({{"line1\nline2", "x\ry"}}, false) == "\"line1\nline2\",\"x\ry\"\r\n");
  CHECK(write_csv({{"\""}}, false) == "\"\"\"\"\r\n");
}

TEST_CASE("write_csv quotes a field with a leading or trailing space or tab") {
  CHECK(write_csv({{" a", "b ", "\tc", "d e"}}, false) == "\" a\",\"b \",\"\tc\",d e\r\n");
}

TEST_CASE("write_csv empty fields and rows") {
  CHECK(write_csv({{"", ""}}, false) == ",\r\n");
  CHECK(write_csv({{""}}, false) == "\"\"\r\n");
  CHECK(write_csv({{}}, false) == "\r\n");
}

TEST_CASE("write_csv puts the UTF-8 byte order mark first when asked") {
  CHECK(write_csv({{"a"}}, true) == "\xEF\xBB\xBF" "a\r\n");
  CHECK(write_csv({}, true) == "\xEF\xBB\xBF");
}
