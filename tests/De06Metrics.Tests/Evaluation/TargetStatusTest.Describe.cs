using De06Metrics.Evaluation;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

[Trait("Category", "Text")]
public sealed class TargetStatusDescribeTest
{
    [Theory]
    [InlineData(TargetStatus.Exceeded, "Vượt chỉ tiêu", "Exceeded")]
    [InlineData(TargetStatus.Met, "Đạt chỉ tiêu", "Met")]
    [InlineData(TargetStatus.BasicallyMet, "Cơ bản đạt", "Basically met")]
    [InlineData(TargetStatus.NotMet, "Chưa đạt", "Not met")]
    [InlineData(TargetStatus.NoData, "Không có số liệu", "No data")]
    [InlineData(TargetStatus.Invalid, "Không hợp lệ", "Invalid")]
    public void A_status_has_one_label_per_language(TargetStatus status, string vietnamese, string english)
    {
        status.Describe(Language.Vietnamese).Should().Be(vietnamese);
        status.Describe(Language.English).Should().Be(english);
        PseudoLanguage.WordsIn(status.Describe(PseudoLanguage.Instance)).Should().BeEmpty();
    }

    [Fact]
    public void An_undefined_status_is_refused_naming_it()
    {
        var describe = () => ((TargetStatus)9).Describe(Language.English);
        describe.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status").WithMessage("*9*");
    }
}
