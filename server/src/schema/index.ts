export * from './store';
export * from './versions';
export * from './customResources';
export * from './fieldVersions';
export * from './placeValues';
export * from './describe';
export * from './scope';
export * from './served';
