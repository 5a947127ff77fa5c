namespace De06Metrics.Text;

/// <summary>
/// A text the library writes, kept as the way to write it rather than as words: it is written from the phrase book
/// in whatever language it is asked for, so that a result can say a reason in any language it is described in.
/// </summary>
/// <remarks>Immutable and thread-safe as long as the function it holds is.</remarks>
internal sealed class Wording
{
    private readonly Func<Language, string> write;

    /// <summary>Creates a wording from the function that writes it in a language.</summary>
    public Wording(Func<Language, string> write) => this.write = write;

    /// <summary>A wording that is one phrase without placeholders.</summary>
    public static Wording Of(Phrase phrase) => new(language => language[phrase]);

    /// <summary>The text in a language.</summary>
    public string In(Language language) => write(language);

    /// <summary>The text in the library's two languages, for a public member typed <see cref="LocalizedText"/>.</summary>
    public LocalizedText ToLocalizedText() => new(In(Language.Vietnamese), In(Language.English));
}
