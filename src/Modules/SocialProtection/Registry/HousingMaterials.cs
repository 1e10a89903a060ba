namespace Pamong.SocialProtection.Registry;

/// <summary>Widest floor material (BPS categories, simplified).</summary>
public enum FloorMaterial
{
    Earth,
    Bamboo,
    Wood,
    Cement,
    Tile,
    Ceramic,
    Other,
}

/// <summary>Widest wall material.</summary>
public enum WallMaterial
{
    Bamboo,
    Wood,
    UnplasteredBrick,
    PlasteredBrick,
    Other,
}

/// <summary>Widest roof material.</summary>
public enum RoofMaterial
{
    Thatch,
    Zinc,
    Asbestos,
    ClayTile,
    Concrete,
    Other,
}
