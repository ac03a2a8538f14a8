/**
 * The three.js classes the 3D view writes as JSX elements (`<mesh>`, `<group>`, …), its own and
 * those of the drei components it uses. React Three Fiber's `<Canvas>` registers the whole three
 * namespace, which keeps every class of three.js in the bundle; the build registers only these
 * (scripts/vite-plugin-three-catalogue.ts registers this module's namespace): 37 kB gzip less
 * 3D code for every visitor.
 * test/unit/three-catalogue.test.ts fails when an element is used that is not listed here.
 */
// drei's <Html> in occlude mode needs PlaneGeometry and ShaderMaterial (the view does not use
// that mode; registered so it can never break).
export {
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  LineSegments,
  Mesh,
  MeshLambertMaterial,
  OrthographicCamera,
  PerspectiveCamera,
  PlaneGeometry,
  ShaderMaterial,
} from 'three'
