namespace De06Metrics.Units;

/// <summary>What kind of body a responsible unit is. Peers for ranking are units of one kind under one parent.</summary>
public enum UnitKind
{
    /// <summary>A province or centrally run city (tỉnh, thành phố trực thuộc trung ương).</summary>
    Province = 0,

    /// <summary>A provincial department, board or sector (sở, ban, ngành).</summary>
    Department = 1,

    /// <summary>A district, town or provincial city (huyện, thị xã, thành phố thuộc tỉnh); abolished from 1 July 2025.</summary>
    District = 2,

    /// <summary>A commune, ward or township (xã, phường, thị trấn).</summary>
    Commune = 3,

    /// <summary>Another public agency, such as the provincial police or a bank branch.</summary>
    Agency = 4,

    /// <summary>Any other unit.</summary>
    Other = 5,
}
