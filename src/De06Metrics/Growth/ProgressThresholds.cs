using System.Globalization;

namespace De06Metrics.Growth;

/// <summary>
/// The lower bounds of the progress bands on the ratio R = d · CAGR_observed / |CAGR_required| (d = −1 when lower
/// is better): R ≥ <see cref="OnTrack"/> is on track, R ≥ <see cref="AccelerationNeeded"/> needs acceleration,
/// R ≥ <see cref="LimitedProgress"/> is limited progress, anything lower is deterioration. A target already met is
/// achieved whatever R is.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="OpenSdg"/> (0,95 / 0,6 / 0, the open-sdg and Eurostat style bands) is the default;
/// <see cref="Unsd2022"/> (0,95 / 0,5 / −0,1) is the one the UN Statistics Division used in 2022. Any other set can
/// be built with the constructor, which requires the bounds to fall strictly.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProgressThresholds : IEquatable<ProgressThresholds>
{
    /// <summary>Creates a set of bounds.</summary>
    /// <param name="onTrack">The least R that is on track.</param>
    /// <param name="accelerationNeeded">The least R that needs acceleration (rather than limited progress); below <paramref name="onTrack"/>.</param>
    /// <param name="limitedProgress">The least R that is limited progress (rather than deterioration); below <paramref name="accelerationNeeded"/>.</param>
    /// <exception cref="ArgumentException">The bounds do not fall strictly.</exception>
    public ProgressThresholds(decimal onTrack, decimal accelerationNeeded, decimal limitedProgress)
    {
        if (accelerationNeeded >= onTrack)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The acceleration-needed bound {accelerationNeeded} must be below the on-track bound {onTrack}."),
                nameof(accelerationNeeded));
        }

        if (limitedProgress >= accelerationNeeded)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The limited-progress bound {limitedProgress} must be below the acceleration-needed bound {accelerationNeeded}."),
                nameof(limitedProgress));
        }

        OnTrack = onTrack;
        AccelerationNeeded = accelerationNeeded;
        LimitedProgress = limitedProgress;
    }

    /// <summary>The open-sdg / Eurostat bands: on track from 0,95, acceleration needed from 0,6, limited progress from 0.</summary>
    public static ProgressThresholds OpenSdg { get; } = new(0.95m, 0.6m, 0m);

    /// <summary>The UNSD 2022 bands: on track from 0,95, acceleration needed from 0,5, limited progress from −0,1.</summary>
    public static ProgressThresholds Unsd2022 { get; } = new(0.95m, 0.5m, -0.1m);

    /// <summary>The least ratio that is on track.</summary>
    public decimal OnTrack { get; }

    /// <summary>The least ratio that needs acceleration.</summary>
    public decimal AccelerationNeeded { get; }

    /// <summary>The least ratio that is limited progress; below it is deterioration.</summary>
    public decimal LimitedProgress { get; }

    /// <summary>The band of a ratio; each bound belongs to the band above it (R = 0,95 is on track by default).</summary>
    /// <param name="ratio">The ratio R.</param>
    /// <returns><see cref="ProgressCategory.OnTrack"/>, <see cref="ProgressCategory.AccelerationNeeded"/>,
    /// <see cref="ProgressCategory.LimitedProgress"/> or <see cref="ProgressCategory.Deterioration"/>.</returns>
    public ProgressCategory Categorize(decimal ratio) =>
        ratio >= OnTrack ? ProgressCategory.OnTrack
        : ratio >= AccelerationNeeded ? ProgressCategory.AccelerationNeeded
        : ratio >= LimitedProgress ? ProgressCategory.LimitedProgress
        : ProgressCategory.Deterioration;

    /// <inheritdoc />
    public bool Equals(ProgressThresholds? other) =>
        other is not null && OnTrack == other.OnTrack && AccelerationNeeded == other.AccelerationNeeded && LimitedProgress == other.LimitedProgress;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgressThresholds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OnTrack, AccelerationNeeded, LimitedProgress);

    /// <summary>Writes the bounds in invariant form: <c>on track ≥ 0.95, acceleration ≥ 0.6, limited ≥ 0</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"on track ≥ {OnTrack}, acceleration ≥ {AccelerationNeeded}, limited ≥ {LimitedProgress}");
}
