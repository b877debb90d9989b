// The fixed words of the renderers, in both languages, in one place: a
// renderer names a Message and never picks between two literals itself.
// Words with values in them are Text values built where the values are
// (text(zh, en, args…)). English is as shown: the HTML report's headings and
// labels carry their capitals here; markdown capitalises headings itself.
#pragma once

#include <string_view>

#include "diag/finding.h"

namespace encat::report {

enum class Message : unsigned char {
  Colon,  // before a list
  LabelColon,  // between a label and its value
  Comma,
  OpenParen,
  CloseParen,
  FullStop,
  Note,
  Years,  // more than one
  Footer,
  ReadingExplained,
  Met,
  Missed,
  Kicker,
  Region,
  Targets,
  GapsAsOf,
  Overview,
  TargetsMetCard,
  TargetsMetDetail,
  TargetsMissedCard,
  TargetsMissedBelow,
  TargetsMissedNone,
  GapErrors,
  GapErrorsDetail,
  GapWarnings,
  GapWarningsDetail,
  TargetsMissedList,
  FiguresByYear,
  FiguresByYearHint,
  FigureDetails,
  FigureColumn,
  Year,
  NumeratorDenominator,
  ValueColumn,
  TargetColumn,
  MetColumn,
  NotApplicableDenominatorZero,
  TownshipsTaken,
  TownshipsShouldBeAll,
  NoTownshipCatalog,
  TownshipCatalog,
  RegionCode,
  MissingMandatory,
  NoCatalogInForce,
  Total,
  BoundaryGaps,
  NoBoundaryGap,
  MatterColumn,
  FindingColumn,
  LocationColumn,
  LeagueHeading,
  Counties,
  MissingATarget,
  League,
  LeagueHint,
  FiguresGroup,
  MissedColumn,
  HoverTarget,
  HoverMet,
  HoverMissed,
  NoCounty,
  LegendValue,
  LegendTarget,
  LegendNotApplicable,
  PointTarget,
  PointMet,
  PointMissed,
  NoData,
  DenominatorZero,
  NoTarget,
  Error,
  Warning,
  Off,
  NoTargets,
  Count  // not a message: how many there are
};

// The message in both languages.
const Text& message(Message message);
// The message in `lang`.
std::string_view say(Message message, Lang lang);

// A finding code's one-line summary in `lang` (the code table's).
std::string_view code_summary(const CodeInfo& info, Lang lang);

}  // namespace encat::report
