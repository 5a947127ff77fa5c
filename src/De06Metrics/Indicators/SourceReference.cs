using De06Metrics.Periods;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Indicators;

/// <summary>
/// Where a target or a figure comes from: a document's number ("Quyết định 06/QĐ-TTg"), its date, and an optional
/// title or note. Immutable and thread-safe.
/// </summary>
public sealed class SourceReference : IEquatable<SourceReference>
{
    /// <summary>Creates a reference.</summary>
    /// <param name="document">The document's number or name; not empty.</param>
    /// <param name="issuedOn">The date the document was issued, if known.</param>
    /// <param name="note">A title or note, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="document"/> is empty, or <paramref name="note"/> is white space.</exception>
    public SourceReference(string document, LocalDate? issuedOn = null, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document);
        if (note is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(note);
        }

        Document = document;
        IssuedOn = issuedOn;
        Note = note;
    }

    /// <summary>The document's number or name.</summary>
    public string Document { get; }

    /// <summary>The date the document was issued, if known.</summary>
    public LocalDate? IssuedOn { get; }

    /// <summary>A title or note, if any.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public bool Equals(SourceReference? other) =>
        other is not null &&
        string.Equals(Document, other.Document, StringComparison.Ordinal) &&
        IssuedOn == other.IssuedOn &&
        string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceReference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Document, IssuedOn, Note);

    /// <summary>Returns the document and its date, as Vietnamese documents cite them: "06/QĐ-TTg ngày 6/1/2022".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.Vietnamese);

    /// <summary>The document and its date in a language: "06/QĐ-TTg ngày 6/1/2022", "06/QĐ-TTg of 6 January 2022".</summary>
    internal string Describe(Language language) => IssuedOn is { } date
        ? language.Format(Phrase.SourceIssuedOn, Document, PeriodText.Date(date, language))
        : Document;
}
