using De06Metrics.Measures;
using De06Metrics.Tasks;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Tasks;

/// <summary>Units and tasks the task tests share: a province with its police and two departments.</summary>
internal static class TaskFixtures
{
    public static readonly UnitId Province = new("HG");
    public static readonly UnitId Police = new("HG.CA");
    public static readonly UnitId Justice = new("HG.STP");
    public static readonly UnitId Health = new("HG.SYT");

    public static readonly Measure Models = Measure.Count(new LocalizedText("mô hình", "models"), "model");

    public static readonly LocalDate EndOfQ1 = new(2024, 3, 31);

    public static UnitRegistry UnitTree() => UnitRegistry.Create(
    [
        new ResponsibleUnit(Province, new LocalizedText("Tỉnh Hà Giang", "Hà Giang Province"), UnitKind.Province),
        new ResponsibleUnit(Police, new LocalizedText("Công an tỉnh", "Provincial Police"), UnitKind.Agency, Province),
        new ResponsibleUnit(Justice, new LocalizedText("Sở Tư pháp", "Department of Justice"), UnitKind.Department, Province),
        new ResponsibleUnit(Health, new LocalizedText("Sở Y tế", "Department of Health"), UnitKind.Department, Province),
    ]);

    public static PlanTask Task(string code, LocalDate deadline, LocalDate? doneOn = null, UnitId? lead = null, IEnumerable<UnitId>? coordinating = null) =>
        new(code, new LocalizedText($"Mô hình {code}", $"Model {code}"), new Responsibility(lead ?? Police, coordinating), deadline, doneOn: doneOn);
}
