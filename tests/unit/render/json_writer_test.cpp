#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "render/json_writer.h"

using namespace encat::render;
using namespace std::string_literals;

TEST_CASE("json_quote escapes what JSON requires and passes valid UTF-8 through") {
  CHECK(json_quote("") == R"("")");
  CHECK(json_quote(R"(say "hi" \ /)") == R"("say \"hi\" \\ /")");
  CHECK(json_quote("\b\f\n\r\t") == R"("\b\f\n\r\t")");
  CHECK(json_quote("a\x01" "b\x1f" "c\x7f") == R"("a\u0001b\u001fc\u007f")");
  CHECK(json_quote("nul\0!"s) == R"("nul\u0000!")");
  CHECK(json_quote("\x1b[31m") == R"("\u001b[31m")");
  CHECK(json_quote("行\u2028分\u2029段") == R"("行\u2028分\u2029段")");
  CHECK(json_quote("档案 ，。😀 é") == "\"档案 ，。😀 é\"");
}

TEST_CASE("json_quote replaces each byte of invalid UTF-8 with U+FFFD") {
  CHECK(json_quote("a\xff" "b") == "\"a\uFFFDb\"");
  CHECK(json_quote("\xe6\xa1") == "\"\uFFFD\uFFFD\"");               // truncated 档
  CHECK(json_quote("\xc0\xaf") == "\"\uFFFD\uFFFD\"");               // overlong '/'
  CHECK(json_quote("\xed\xa0\x80") == "\"\uFFFD\uFFFD\uFFFD\"");     // a surrogate
  CHECK(json_quote("\xf4\x90\x80\x80") == "\"\uFFFD\uFFFD\uFFFD\uFFFD\"");  // above U+10FFFF
  CHECK(json_quote("\xe6\xa1\xa3\x80") == "\"档\uFFFD\"");            // a stray continuation byte
  CHECK(json_quote("\uFFFD") == "\"\uFFFD\"");                        // a real U+FFFD stays
}

TEST_CASE("JsonWriter pretty prints with two spaces, keys in the order written") {
  JsonWriter json;
  json.begin_object()
      .field("version", 1)
      .field("name", "档案")
      .field("ok", true)
      .key("none").null()
      .key("empty_list").begin_array().end_array()
      .key("empty_map").begin_object().end_object()
      .key("list").begin_array().value(1).value("two").begin_object().field("three", 3).end_object().end_array()
      .key("zeta").value(false)
      .key("alpha").value(0.25);
  json.end_object();
  CHECK(json.str() == R"({
  "version": 1,
  "name": "档案",
  "ok": true,
  "none": null,
  "empty_list": [],
  "empty_map": {},
  "list": [
    1,
    "two",
    {
      "three": 3
    }
  ],
  "zeta": false,
  "alpha": 0.25
}
)");
}

TEST_CASE("JsonWriter writes numbers the same way every time") {
  JsonWriter json(0);
  json.begin_array()
      .value(0)
      .value(-42)
      .value(std::numeric_limits<std::int64_t>::min())
      .value(std::numeric_limits<std::uint64_t>::max())
      .value(size_t{7})
      .value(1.0)
      .value(0.1)
      .value(1.0 / 3)
      .value(1e21)
      .value(2.5e-7)
      .value(std::nan(""))
      .value(std::numeric_limits<double>::infinity())
      .end_array();
  CHECK(json.str() ==
        "[0,-42,-9223372036854775808,18446744073709551615,7,1,0.1,0.3333333333333333,1e+21,2.5e-07,null,null]\n");
}

TEST_CASE("JsonWriter escapes keys and writes compact JSON with indent 0") {
  JsonWriter json(0);
  json.begin_object().field("a\"b\n", "x").key("list").begin_array().value("中").end_array().end_object();
  CHECK(json.str() == "{\"a\\\"b\\n\":\"x\",\"list\":[\"中\"]}\n");
}

TEST_CASE("JsonWriter: a lone value is a document too") {
  JsonWriter json;
  json.value("x");
  CHECK(json.str() == "\"x\"\n");
  CHECK(JsonWriter().str().empty());
}
