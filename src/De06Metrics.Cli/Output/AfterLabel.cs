using De06Metrics.Text;

namespace De06Metrics.Cli.Output;

/// <summary>A sentence written after a label and a colon, as an official writes it: in lower case ("Công an tỉnh: đã hoàn thành 8/15 mô hình").</summary>
internal static class AfterLabel
{
    /// <summary>The sentence with its first letter in lower case; numbers and names after it are kept.</summary>
    public static string Of(string sentence) =>
        LetterCase.LowerFirst(sentence);
}
