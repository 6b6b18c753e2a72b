import data from '../../../schemas/overlays/placeValues.json';

interface Place {
  field: string;
  path: RegExp;
  owners: Record<string, string[]>;
}

// Each entry names its own owner kinds, so the JSON's inferred type is a union of shapes: read it as the overlay's shape.
const PLACES: Place[] = (data.places as unknown as { field: string; path: string; owners: Record<string, string[]> }[]).map((p) => ({
  field: p.field,
  path: new RegExp(p.path),
  owners: p.owners,
}));

/**
 * The values `field` accepts in an object of kind `ownerKind` (schemas/overlays/placeValues.json),
 * or undefined when the schema's enum holds there. Read by the rule that checks the field.
 */
export function placeValues(ownerKind: string, field: string): string[] | undefined {
  const place = PLACES.find((p) => p.field === field);
  return place && ownerValues(place, ownerKind);
}

/** The same, for the field at a document path (`spec.template.spec.restartPolicy`): for completion. */
export function placeValuesAt(ownerKind: string | undefined, pathText: string): string[] | undefined {
  const place = PLACES.find((p) => p.path.test(pathText));
  return place && ownerValues(place, ownerKind);
}

/** The owner kind's own entry, else the entry for any kind (`*`). */
function ownerValues(place: Place, ownerKind: string | undefined): string[] | undefined {
  return (ownerKind !== undefined ? place.owners[ownerKind] : undefined) ?? place.owners['*'];
}
