// encat-catalogs(5): the file formats (from the built-in schemas) and every
// finding code (from the code table), as a roff man page.
#pragma once

#include <string>

#include "util/text.h"

namespace encat::tool {

std::string render_catalogs_man(Lang lang);

}  // namespace encat::tool
