/** What components of one page's render share (`Astro.locals`). */
declare namespace App {
  interface Locals {
    /** The page's first chart has linked the charts' stylesheet (src/components/charts/ChartFigure.astro). */
    chartStylesLinked?: boolean;
  }
}
