/**
 * A plain human outline on the 200 × 460 figure the body sites are placed on (shared/body-sites.ts), drawn
 * from simple shapes: [centre offset from the midline, centre y, x radius, y radius], mirrored for limbs.
 */
const limbs: [number, number, number, number][] = [
  [38, 106, 14, 12], // shoulder
  [50, 140, 11, 28], // upper arm
  [55, 194, 10, 28], // forearm
  [62, 236, 10, 16], // hand
  [16, 264, 16, 42], // thigh
  [16, 310, 12, 12], // knee
  [16, 354, 12, 40], // lower leg
  [18, 412, 12, 12], // foot
];

export function BodyOutline() {
  return (
    <g className="app-body-map__outline" aria-hidden="true">
      <ellipse cx={100} cy={40} rx={27} ry={36} />
      <rect x={86} y={68} width={28} height={30} rx={6} />
      <rect x={60} y={94} width={80} height={136} rx={18} />
      {limbs.flatMap(([dx, cy, rx, ry]) => [
        <ellipse key={`l${cy}`} cx={100 - dx} cy={cy} rx={rx} ry={ry} />,
        <ellipse key={`r${cy}`} cx={100 + dx} cy={cy} rx={rx} ry={ry} />,
      ])}
    </g>
  );
}
