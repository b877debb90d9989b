#include "common/catalogs_manual.h"

#include <fmt/format.h>

#include <stdexcept>

#include "common/manual.h"
#include "common/programs.h"
#include "diag/code.h"
#include "model/catalog.h"
#include "schema/embedded.h"
#include "yaml/reader.h"

namespace encat::tool {
namespace {

// Escaped text in which `-` is `\-`: troff breaks no line inside
// `encat-validate`, `zj-unified-2022` or `--schemas` (and prints ASCII `-`).
std::string roff_text(const std::string& text) {
  std::string out;
  for (char c : roff_escape(text)) out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

std::string_view embedded_schema(std::string_view name) {
  for (const EmbeddedFile& file : schema::embedded_schemas())
    if (file.name == name) return file.content;
  throw std::logic_error(fmt::format("no built-in schema `{}`", name));
}

// One field of a schema: its path (`matters[].code`) and what --help would say of it.
struct Field {
  std::string path;
  std::string type;
  bool required = false;
  std::string title, description, choices, default_value;
};

class SchemaReader {
 public:
  SchemaReader(yaml::Node root, Lang lang) : m_root(root), m_zh(lang == Lang::Zh) {}

  // The fields of `node` (an object schema) under `prefix`, depth first.
  void fields(yaml::Node node, const std::string& prefix, std::vector<Field>& out) const {
    node = resolve(node);
    const yaml::Node properties = node.get("properties");
    const yaml::Node required = node.get("required");
    for (size_t i = 0; i < properties.size(); ++i) {
      const std::string name(properties.key(i).text());
      const yaml::Node annotated = properties.value(i);  // title and description next to a $ref
      const yaml::Node schema = resolve(annotated);
      Field field;
      field.path = prefix + name;
      field.type = type_of(schema);
      for (size_t r = 0; r < required.size(); ++r) field.required |= required[r].text() == name;
      field.title = first_text(annotated, schema, "title");
      field.description = first_text(annotated, schema, "description");
      const yaml::Node values = schema.get("enum");
      for (size_t v = 0; v < values.size(); ++v)
        field.choices += (v ? (m_zh ? "、" : ", ") : "") + std::string(values[v].text());
      field.default_value = std::string(schema.get("default").text());
      out.push_back(field);
      const yaml::Node items = resolve(schema.get("items"));
      if (items.get("properties")) fields(items, field.path + "[].", out);
      if (schema.get("properties")) fields(schema, field.path + ".", out);
    }
  }

  yaml::Node resolve(yaml::Node node) const {
    for (int hops = 0; hops < 8; ++hops) {
      const std::string_view ref = node.get("$ref").text();
      constexpr std::string_view local = "#/definitions/";
      if (ref.substr(0, local.size()) != local) break;
      node = m_root.get("definitions").get(ref.substr(local.size()));
    }
    return node;
  }

 private:
  static std::string first_text(yaml::Node annotated, yaml::Node schema, std::string_view key) {
    const yaml::Node own = annotated.get(key);
    return std::string(own ? own.text() : schema.get(key).text());
  }

  std::string json_type(std::string_view name) const {
    static constexpr std::string_view names[][3] = {
        {"string", "字符串", "string"}, {"integer", "整数", "integer"}, {"number", "数值", "number"},
        {"boolean", "布尔值", "boolean"}, {"array", "列表", "list"},   {"object", "映射", "mapping"},
        {"null", "空值", "null"}};
    for (const auto& entry : names)
      if (entry[0] == name) return std::string(entry[m_zh ? 1 : 2]);
    return std::string(name);
  }

  std::string type_of(yaml::Node schema) const {
    const yaml::Node type = schema.get("type");
    std::string out;
    if (type.is_sequence()) {
      for (size_t i = 0; i < type.size(); ++i) out += (i ? (m_zh ? "或" : " or ") : "") + json_type(type[i].text());
      return out;
    }
    out = json_type(type.text());
    if (type.text() == "array") {
      const yaml::Node items = resolve(schema.get("items"));
      const std::string item = items.get("properties") ? json_type("object") : json_type(items.get("type").text());
      if (!item.empty()) out = m_zh ? item + out : "list of " + item + "s";
    }
    return out;
  }

  yaml::Node m_root;
  bool m_zh;
};

std::string render_schema(std::string_view name, Lang lang) {
  const bool zh = lang == Lang::Zh;
  const std::string file = fmt::format("schemas/{}.schema.json", name);
  yaml::Limits limits;
  limits.max_depth = 256;
  const yaml::ReadResult read = yaml::read_bytes(file, embedded_schema(name), limits);
  if (!read.document) throw std::logic_error("unreadable built-in schema " + file);
  const yaml::Node root = read.document->root();
  std::string out = roff_text(fmt::format("{}{}{}", root.get("title").text(), zh ? "：" : ": ",
                                            root.get("description").text())) +
                    "\n";
  SchemaReader reader(root, lang);
  std::vector<Field> fields;
  reader.fields(root, "", fields);
  for (const Field& field : fields) {
    std::string facts = field.type;
    if (field.required) facts += zh ? "，必需" : ", required";
    if (!field.choices.empty()) facts += (zh ? "；可选：" : "; one of: ") + field.choices;
    if (!field.default_value.empty()) facts += (zh ? "；默认：" : "; default: ") + field.default_value;
    out += fmt::format(".TP\n.B {}\n{}\n.br\n{}\n", field.path,
                       roff_text(fmt::format(zh ? "（{}）{}" : "({}) {}", facts, field.title)),
                       roff_text(field.description));
  }
  return out;
}

struct CodeGroup {
  const char* zh;
  const char* en;
  bool (*holds)(std::string_view id);
};

const CodeGroup code_groups[] = {
    {"读取（E0xx）：所有文件", "reading (E0xx): any file", [](std::string_view id) { return id.substr(0, 2) == "E0"; }},
    {"单个目录（E1xx）", "one catalog (E1xx)", [](std::string_view id) { return id.substr(0, 2) == "E1"; }},
    {"目录之间（E2xx）", "between catalogs (E2xx)", [](std::string_view id) { return id.substr(0, 2) == "E2"; }},
    {"警告（W1xx、W2xx）", "warnings (W1xx, W2xx)", [](std::string_view id) { return id[0] == 'W'; }},
    {"职责边界（B3xx）：由 encat-audit 按地区报告", "boundary gaps (B3xx): reported by `encat-audit`, per region",
     [](std::string_view id) { return id[0] == 'B'; }},
    {"导入表格（T0xx）：由 encat-import 报告", "tables (T0xx): reported by `encat-import`",
     [](std::string_view id) { return id[0] == 'T'; }},
};

std::string render_codes(Lang lang) {
  const bool zh = lang == Lang::Zh;
  std::string out;
  for (const CodeGroup& group : code_groups) {
    out += fmt::format(".SS {}\n", roff_text(zh ? group.zh : group.en));
    for (const CodeInfo& code : all_codes()) {
      if (!group.holds(code.id)) continue;
      out += fmt::format(".TP\n.B {} {}\n", code.id, code.name);
      const std::string severity(severity_name(code.severity));
      out += roff_text(zh ? fmt::format("{}（默认级别：{}{}）", code.summary_zh, severity,
                                          code.can_be_lowered ? "" : "，不能调低")
                            : fmt::format("{} (default severity: {}{})", code.summary_en, severity,
                                          code.can_be_lowered ? "" : ", cannot be lowered")) +
             "\n";
      const std::string_view fix = zh ? code.fix_zh : code.fix_en;
      if (!fix.empty()) out += ".br\n" + roff_text(fmt::format("{}{}", zh ? "修正：" : "fix: ", fix)) + "\n";
    }
  }
  return out;
}

}  // namespace

std::string render_catalogs_man(Lang lang) {
  const bool zh = lang == Lang::Zh;
  std::string out = zh ? ".\\\" encat-catalogs(5)，由内置的结构定义和代码表生成；请勿手工修改。\n"
                       : ".\\\" encat-catalogs(5), generated from the built-in schemas and the code table; do not edit.\n";
  out += fmt::format(".TH ENCAT-CATALOGS 5 \"\" \"encat {}\" \"{}\"\n", ENCAT_VERSION, zh ? "encat 手册" : "encat manual");
  out += ".ad l\n.nh\n";  // CJK lines have no spaces to justify by; option names stay whole
  out += fmt::format(".SH {}\nencat-catalogs \\- {}\n", zh ? "名称" : "NAME",
                     roff_text(zh ? "执法事项目录文件的格式和检查结果代码"
                                    : "the enforcement-matter catalog files and the finding codes"));
  out += fmt::format(".SH {}\n", zh ? "描述" : "DESCRIPTION");
  out += roff_text(zh ? "encat 读取的每个文件是一个 UTF-8 编码的 YAML 文档，顶层的 kind 字段说明其类型。"
                          "下面列出每种类型的字段，取自工具内置的结构定义（JSON Schema；安装在 "
                          "share/encat/schemas/ 下，--schemas DIR 可换用其他定义）。"
                          "不符合结构定义的文件报告 E004，kind 缺失或未知报告 E005。"
                        : "every file encat reads is one YAML document in UTF-8 whose top-level `kind` names "
                          "what it is. The fields of each kind follow, from the schemas built into the tools "
                          "(JSON Schema; installed under share/encat/schemas/, replaced with --schemas DIR). "
                          "A file that does not match its schema gives E004, a missing or unknown `kind` E005. "
                          "The titles and descriptions are the schemas' own, in Chinese.") +
         "\n";
  out += fmt::format(".SH {}\n", zh ? "文件类型" : "KINDS");
  for (const model::Kind kind : model::all_kinds()) {
    out += fmt::format(".SS {}\n", roff_text(fmt::format("{}（{}）", model::kind_name(kind), model::kind_title_zh(kind))));
    out += render_schema(model::kind_name(kind), lang);
  }
  out += fmt::format(".SH {}\n", zh ? "配置文件" : "CONFIGURATION");
  out += ".SS .encat.yaml\n" + render_schema("config", lang);
  out += fmt::format(".SH {}\n", zh ? "检查结果代码" : "FINDING CODES");
  out += roff_text(zh ? "每条检查结果有固定的代码、名称和默认级别；级别可在 .encat.yaml 的 severity 中按代码或名称调整。"
                          "每个代码的说明、示例和修正方法见 encat-validate --explain CODE 和 docs/findings/CODE.md。"
                        : "every finding has a fixed code, a name and a default severity, which `severity` in "
                          ".encat.yaml sets by code or name. Each code's page (what it means, an example, the fix): "
                          "`encat-validate --explain CODE` and docs/findings/CODE.md.") +
         "\n";
  out += render_codes(lang);
  out += fmt::format(".SH {}\n", zh ? "参见" : "SEE ALSO");
  std::string see_also = "\\fBencat\\fR(1)";
  for (const Program& program : programs()) see_also += fmt::format(", \\fB{}\\fR(1)", roff_text(std::string(program.name)));
  return out + see_also + "\n";
}

}  // namespace encat::tool
