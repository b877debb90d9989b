#include "common/catalogs_manual.h"

namespace encat::tool {

std::string render_catalogs_man(Lang lang) {
  return lang == Lang::Zh ? ".TH ENCAT-CATALOGS 5\n.SH 名称\nencat-catalogs \\- 执法事项目录文件\n"
                          : ".TH ENCAT-CATALOGS 5\n.SH NAME\nencat-catalogs \\- enforcement-matter catalog files\n";
}

}  // namespace encat::tool
