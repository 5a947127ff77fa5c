using System.Globalization;
using FluentAssertions.Specialized;

namespace De06Metrics.Tests.Reliability.Support;

/// <summary>The shape every refusal must have: a documented exception type, the argument's name and the value given.</summary>
internal static class Expect
{
    /// <summary>
    /// Asserts an ArgumentException (or a subtype: ArgumentNullException, ArgumentOutOfRangeException) naming
    /// <paramref name="paramName"/>, whose message contains each fragment (the value given, the reason).
    /// </summary>
    public static ExceptionAssertions<ArgumentException> ArgumentError(Action act, string paramName, params string[] fragments)
    {
        var thrown = act.Should().Throw<ArgumentException>().WithParameterName(paramName);
        foreach (var fragment in fragments)
        {
            thrown.Which.Message.Should().Contain(fragment);
        }

        return thrown;
    }

    /// <summary>As <see cref="ArgumentError(Action, string, string[])"/>, for a call that returns a value.</summary>
    public static ExceptionAssertions<ArgumentException> ArgumentError<T>(Func<T> call, string paramName, params string[] fragments) =>
        ArgumentError(() => { _ = call(); }, paramName, fragments);

    /// <summary>Asserts an ArgumentOutOfRangeException that also carries the refused value in ActualValue.</summary>
    public static void OutOfRange<T>(Func<T> call, string paramName, object actualValue, params string[] fragments)
    {
        var thrown = ArgumentError(call, paramName, fragments);
        thrown.Which.Should().BeOfType<ArgumentOutOfRangeException>()
            .Which.ActualValue.Should().Be(actualValue);
    }

    /// <summary>Writes a value as the library writes it into messages: invariant, full precision.</summary>
    public static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
