using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

/// <summary>The places a reader keeps for its items give back each place as it was added, whichever way they are kept.</summary>
public sealed class AddressListTest
{
    private sealed class Columns(int? value) : IColumnPositions
    {
        public int? ColumnOf(string column) => column == "value" ? value : null;
    }

    [Fact]
    public void Table_rows_of_several_files_come_back_with_their_file_and_line()
    {
        var units = new Columns(null);
        var observations = new Columns(4);
        var added = new List<RowAddress>();
        // 5 000 rows of one file, 3 of another, 4 200 of the first again: more than a block of 4 096 each way.
        for (var i = 0; i < 5000; i++)
        {
            added.Add(RowAddress.InTable("units.csv", 2 + i, units));
        }

        for (var i = 0; i < 3; i++)
        {
            added.Add(RowAddress.InTable("observations.csv", 10 + i, observations));
        }

        for (var i = 0; i < 4200; i++)
        {
            added.Add(RowAddress.InTable("units.csv", 9000 + i, units));
        }

        var list = new AddressList();
        added.ForEach(list.Add);

        list.Count.Should().Be(9203);
        Describe(list[0]).Should().Be("units.csv:2");
        Describe(list[4999]).Should().Be("units.csv:5001");
        Describe(list[5000]).Should().Be("observations.csv:10:4");
        Describe(list[5002]).Should().Be("observations.csv:12:4");
        Describe(list[5003]).Should().Be("units.csv:9000");
        Describe(list[9202]).Should().Be("units.csv:13199");
        list[4096].SameSource(added[4096]).Should().BeTrue();
        list[5001].SameSource(added[5001]).Should().BeTrue();
        list[5001].SameSource(added[0]).Should().BeFalse();

        static string Describe(RowAddress at) => at.Of("value").ToString();
    }

    [Fact]
    public void A_json_place_after_table_rows_keeps_every_place_whole()
    {
        var places = new JsonPlaces("scorecard.json", "observations", field => "$.observations[].{field}");
        var list = new AddressList();
        for (var i = 0; i < 4100; i++)
        {
            list.Add(RowAddress.InTable("observations.csv", 2 + i, new Columns(4)));
        }

        list.Add(RowAddress.InJson(places, 7, 5, 3));
        list.Add(RowAddress.InTable("observations.csv", 9999, new Columns(4)));

        list.Count.Should().Be(4102);
        list[4099].Line.Should().Be(4101);
        list[4099].Column.Should().Be(0);
        list[4100].Line.Should().Be(7);
        list[4100].Column.Should().Be(5);
        list[4100].Index.Should().Be(3);
        list[4100].Row.Should().Be(places.Item(7, 5, 3));
        list[4101].Line.Should().Be(9999);
        list[4101].Row.Should().Be(new DataLocation("observations.csv", 9999));
    }

    [Fact]
    public void Json_items_come_back_with_their_line_column_and_index_whatever_breaks_their_run()
    {
        var observations = new JsonPlaces("scorecard.json", "observations", field => "$.observations[].{field}");
        var targets = new JsonPlaces("scorecard.json", "targets", field => "$.targets[].{field}");
        var added = new List<RowAddress>();
        // 5 000 items of 6 or 7 lines each, at column 5, indexes counting up by one but for item 1 234, which was left
        // out; then one item at another column; then the targets, from index 0 again.
        var line = 10;
        for (var i = 0; i < 5000; i++)
        {
            if (i != 1234)
            {
                added.Add(RowAddress.InJson(observations, line, 5, i));
            }

            line += i % 3 == 0 ? 7 : 6;
        }

        added.Add(RowAddress.InJson(observations, line, 9, 5000));
        added.Add(RowAddress.InJson(observations, line + 6, 5, 5001));
        for (var i = 0; i < 3; i++)
        {
            added.Add(RowAddress.InJson(targets, line + 20 + (6 * i), 5, i));
        }

        var list = new AddressList();
        added.ForEach(list.Add);

        list.Count.Should().Be(added.Count);
        for (var i = 0; i < added.Count; i++)
        {
            var kept = list[i];
            (kept.Line, kept.Column, kept.Index).Should().Be((added[i].Line, added[i].Column, added[i].Index), "item {0} was added so", i);
            kept.SameSource(added[i]).Should().BeTrue();
            kept.Row.Should().Be(added[i].Row);
        }

        // Hand-checked: the item after the one left out is index 1 235, 1 234 × 6 + 412 × 1 + 10 = 7 826 lines down
        // (412 of the 1 235 items before it, those at 0, 3, …, 1 233, took 7 lines).
        list[1234].Index.Should().Be(1235);
        list[1234].Line.Should().Be(10 + (1235 * 6) + 412);
        list[^3].Index.Should().Be(0);
    }
}
