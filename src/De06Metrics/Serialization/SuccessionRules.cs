using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>
/// The rules that turn a succession's fields, as read from a CSV row or a JSON object, into a
/// <see cref="SuccessionEvent"/>. Shared by both forms so that they mean exactly the same; each rule reports what is
/// wrong by field (the CSV column name) and returns <see langword="null"/> rather than guessing.
/// </summary>
internal static class SuccessionRules
{
    /// <summary>The fields each kind uses; any other that is given is a problem, not ignored.</summary>
    private static readonly Dictionary<SuccessionKind, string[]> Uses = new()
    {
        [SuccessionKind.Establishment] = ["unit"],
        [SuccessionKind.Merger] = ["merged", "into"],
        [SuccessionKind.Split] = ["unit", "parts"],
        [SuccessionKind.Rename] = ["unit", "name_vi"],
        [SuccessionKind.FunctionTransfer] = ["from", "to", "indicators", "description_vi"],
        [SuccessionKind.Abolition] = ["unit", "children_to", "responsibilities_to"],
    };

    private static readonly string[] Required = ["unit", "merged", "into", "parts", "name_vi", "from", "to", "indicators"];

    /// <summary>Checks the fields against the kind: those it needs are there, those it does not use are not.</summary>
    public static SuccessionSpec? Spec(
        SuccessionKind kind, LocalDate effectiveOn, LocalDate? operationalOn, SourceReference source,
        UnitId? unit, ImmutableArray<UnitId> merged, UnitId? into, ImmutableArray<PartSpec> parts, LocalizedText? name,
        UnitId? from, UnitId? to, ImmutableArray<IndicatorCode> indicators, LocalizedText? description, UnitId? childrenTo, UnitId? responsibilitiesTo,
        IFieldProblems problems)
    {
        var given = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["unit"] = unit.HasValue,
            ["merged"] = !merged.IsDefaultOrEmpty,
            ["into"] = into.HasValue,
            ["parts"] = !parts.IsDefaultOrEmpty,
            ["name_vi"] = name.HasValue,
            ["from"] = from.HasValue,
            ["to"] = to.HasValue,
            ["indicators"] = !indicators.IsDefaultOrEmpty,
            ["description_vi"] = description.HasValue,
            ["children_to"] = childrenTo.HasValue,
            ["responsibilities_to"] = responsibilitiesTo.HasValue,
        };
        var word = Tokens.SuccessionKinds.Format(kind);
        var uses = Uses[kind];
        var fine = true;
        foreach (var (field, present) in given)
        {
            if (present && !uses.Contains(field))
            {
                problems.Fail(field, $"a succession of kind '{word}' has no {Label(field)}; it uses {string.Join(", ", uses.Select(Label))}.");
                fine = false;
            }
            else if (!present && uses.Contains(field) && Required.Contains(field))
            {
                problems.Fail(field, $"a succession of kind '{word}' needs its {Label(field)}.");
                fine = false;
            }
        }

        if (operationalOn is { } operational && operational < effectiveOn)
        {
            problems.Fail("operational_on", string.Create(CultureInfo.InvariantCulture,
                $"the operational date comes before the legal effective date {ValueText.FormatDate(effectiveOn)}; a unit cannot operate before it exists in law."));
            fine = false;
        }

        return fine
            ? new SuccessionSpec(kind, effectiveOn, operationalOn, source, unit, Or(merged), into, Or(parts), name, from, to, Or(indicators), description, childrenTo, responsibilitiesTo)
            : null;
    }

    /// <summary>
    /// Builds the event: a merger's or split part's unit whose first day (from <paramref name="unitOf"/>) is the event's
    /// date on <paramref name="basis"/> is created by it; every other unit it names exists already.
    /// </summary>
    public static SuccessionEvent? Event(SuccessionSpec spec, SuccessionDateBasis basis, Func<UnitId, (ResponsibleUnit Unit, LocalDate? From)?> unitOf, IFieldProblems problems)
    {
        var date = basis == SuccessionDateBasis.Legal ? spec.EffectiveOn : spec.OperationalOn ?? spec.EffectiveOn;
        var operational = spec.OperationalOn == spec.EffectiveOn ? null : spec.OperationalOn;
        ResponsibleUnit? Created(UnitId id) => unitOf(id) is { From: { } first } found && first == date ? found.Unit : null;
        try
        {
            switch (spec.Kind)
            {
                case SuccessionKind.Establishment:
                    var established = unitOf(spec.Unit!.Value);
                    if (established?.From != date)
                    {
                        problems.Fail("unit", $"an established unit is new: its first day (valid_from) must be the establishment's date {ValueText.FormatDate(date)}, " +
                            (established?.From is { } from ? $"not {ValueText.FormatDate(from)}." : "but it has none, so it is read as a unit of the initial tree."));
                        return null;
                    }

                    return new UnitEstablishment(established.Value.Unit, spec.EffectiveOn, spec.Source, operational);
                case SuccessionKind.Merger:
                    return Created(spec.Into!.Value) is { } newUnit
                        ? UnitMerger.IntoNewUnit(spec.Merged, newUnit, spec.EffectiveOn, spec.Source, operational)
                        : UnitMerger.Into(spec.Merged, spec.Into!.Value, spec.EffectiveOn, spec.Source, operational);
                case SuccessionKind.Split:
                    var parts = spec.Parts.Select(part => Created(part.Unit) is { } created
                        ? SplitPart.ToNew(created, part.Share, part.Children)
                        : SplitPart.ToExisting(part.Unit, part.Share, part.Children));
                    return new UnitSplit(spec.Unit!.Value, [.. parts], spec.EffectiveOn, spec.Source, operational);
                case SuccessionKind.Rename:
                    return new UnitRename(spec.Unit!.Value, spec.Name!.Value, spec.EffectiveOn, spec.Source, operational);
                case SuccessionKind.FunctionTransfer:
                    return new FunctionTransfer(spec.From!.Value, spec.To!.Value, spec.Indicators, spec.EffectiveOn, spec.Source, spec.Description, operational);
                default:
                    return new UnitAbolition(spec.Unit!.Value, spec.EffectiveOn, spec.Source, spec.ChildrenTo, spec.ResponsibilitiesTo, operational);
            }
        }
        catch (ArgumentException exception)
        {
            var field = exception.ParamName switch
            {
                "merged" => "merged",
                "into" => "into",
                "parts" or "share" or "children" or "successor" or "newUnit" => "parts",
                "newName" => "name_vi",
                "to" => "to",
                "from" => "from",
                "indicators" => "indicators",
                "description" => "description_vi",
                "childrenMoveTo" => "children_to",
                "responsibilitiesTo" => "responsibilities_to",
                _ => spec.Kind is SuccessionKind.Merger ? "merged" : spec.Kind is SuccessionKind.FunctionTransfer ? "from" : "unit",
            };
            problems.Fail(field, ItemRules.FirstSentence(exception.Message));
            return null;
        }
    }

    private static ImmutableArray<T> Or<T>(ImmutableArray<T> list) => list.IsDefault ? [] : list;

    private static string Label(string field) => field switch
    {
        "name_vi" => "new name",
        "description_vi" => "description",
        "children_to" => "destination for children",
        "responsibilities_to" => "successor to responsibilities",
        _ => field,
    };
}
