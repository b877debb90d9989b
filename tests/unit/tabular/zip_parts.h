// Test helpers: a minimal .xlsx assembled part by part with libzip, and
// byte patches of its declared sizes (for the zip bomb tests).
#pragma once

#include <zip.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <string>

namespace encat::tabular::test {

using Parts = std::map<std::string, std::string>;

// Writes the parts into an in-memory zip, deflated.
inline std::string zip_parts(const Parts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* za = zip_open_from_source(out, ZIP_TRUNCATE, &error);
  if (!za) return {};
  zip_source_keep(out);
  for (const auto& [name, content] : parts) {
    zip_source_t* s = zip_source_buffer(za, content.data(), content.size(), 0);
    zip_int64_t index = zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8);
    zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
  }
  if (zip_close(za) != 0) return {};
  std::string bytes;
  zip_stat_t st;
  if (zip_source_stat(out, &st) == 0 && zip_source_open(out) == 0) {
    bytes.resize(st.size);
    zip_source_read(out, bytes.data(), st.size);
    zip_source_close(out);
  }
  zip_source_free(out);
  zip_error_fini(&error);
  return bytes;
}

// The parts of a one-sheet workbook whose sheet XML is `sheet` (and shared
// strings `strings` when not empty).
inline Parts workbook_parts(const std::string& sheet, const std::string& strings = {}) {
  Parts parts;
  parts["[Content_Types].xml"] =
      "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  parts["_rels/.rels"] =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"xl/workbook.xml\"/></Relationships>";
  parts["xl/workbook.xml"] =
      "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
      "<sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  std::string rels =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/>";
  if (!strings.empty()) {
    rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            "Target=\"sharedStrings.xml\"/>";
    parts["xl/sharedStrings.xml"] = strings;
  }
  parts["xl/_rels/workbook.xml.rels"] = rels + "</Relationships>";
  parts["xl/worksheets/sheet1.xml"] = sheet;
  return parts;
}

inline std::string sheet_xml(const std::string& data, const std::string& after = {}) {
  return "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
         "<sheetData>" + data + "</sheetData>" + after + "</worksheet>";
}

// Sets the uncompressed size of the entry `name` in both its local header and
// its central directory record (a zip that lies about what it expands to).
inline void patch_uncompressed_size(std::string& zip, const std::string& name, uint32_t size) {
  auto put32 = [&](size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) zip[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  auto get16 = [&](size_t at) {
    return static_cast<uint16_t>(static_cast<unsigned char>(zip[at]) | (static_cast<unsigned char>(zip[at + 1]) << 8));
  };
  for (size_t i = 0; i + 46 < zip.size(); ++i) {
    if (zip.compare(i, 4, "PK\x03\x04") == 0 && get16(i + 26) == name.size() && zip.compare(i + 30, name.size(), name) == 0)
      put32(i + 22, size);
    if (zip.compare(i, 4, "PK\x01\x02") == 0 && get16(i + 28) == name.size() && zip.compare(i + 46, name.size(), name) == 0)
      put32(i + 24, size);
  }
}

}  // namespace encat::tabular::test
