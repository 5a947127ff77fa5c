using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Units;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public class IndicatorTableTest
{
    [Fact]
    public void A_table_from_rows_keeps_units_and_leaves_absent_cells_missing()
    {
        var table = IndicatorTable.FromRows(new Dictionary<UnitId, IReadOnlyDictionary<IndicatorCode, decimal>>
        {
            [U1] = new Dictionary<IndicatorCode, decimal> { [Online.Code] = 90m, [Pay.Code] = 60m },
            [U2] = new Dictionary<IndicatorCode, decimal> { [Online.Code] = 70m },
            [U3] = new Dictionary<IndicatorCode, decimal>(),
        });

        table.Units.Should().Equal(U1, U2, U3);
        table.Codes.Should().Equal(Online.Code, Pay.Code);
        table.ValueCount.Should().Be(3);
        table[U1, Pay.Code].Should().Be(60m);
        table[U2, Pay.Code].Should().BeNull();
        table[U3, Late.Code].Should().BeNull();
        table.TryGetValue(U2, Online.Code, out var value).Should().BeTrue();
        value.Should().Be(70m);
        table.TryGetValue(U2, Pay.Code, out _).Should().BeFalse();
        table.ContainsUnit(U4).Should().BeFalse();
    }

    [Fact]
    public void Asking_for_a_unit_not_in_the_table_throws()
    {
        var act = () => Table()[new UnitId("NOPE"), Online.Code];

        act.Should().Throw<KeyNotFoundException>().WithMessage("*'NOPE'*");
    }

    [Fact]
    public void A_cell_set_twice_is_refused_rather_than_overwritten()
    {
        var builder = new IndicatorTableBuilder().Set(U1, Online.Code, 90m);

        var act = () => builder.Set(U1, Online.Code, 91m);

        act.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("*'U1'*90*'ONLINE'*91*");
    }

    [Fact]
    public void A_null_row_or_a_default_id_is_refused()
    {
        var nullRow = () => IndicatorTable.FromRows(new Dictionary<UnitId, IReadOnlyDictionary<IndicatorCode, decimal>> { [U1] = null! });
        var defaultUnit = () => new IndicatorTableBuilder().AddUnit(default);
        var defaultCode = () => new IndicatorTableBuilder().Set(U1, default, 1m);

        nullRow.Should().Throw<ArgumentException>().WithParameterName("rows").WithMessage("*'U1'*");
        defaultUnit.Should().Throw<ArgumentException>().WithParameterName("unit");
        defaultCode.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void The_table_does_not_change_when_the_builder_goes_on()
    {
        var builder = new IndicatorTableBuilder().Set(U1, Online.Code, 90m);
        var table = builder.ToTable();

        builder.Set(U2, Online.Code, 70m);

        table.Units.Should().Equal(U1);
    }
}
