// cytoscape-fcose ships no types: its extension, and the options of its layout the explorer uses.
declare module 'cytoscape-fcose' {
  import type cytoscape from 'cytoscape';

  const fcose: cytoscape.Ext;
  export default fcose;

  export interface FcoseLayoutOptions extends cytoscape.BaseLayoutOptions {
    name: 'fcose';
    /** 'proof' is needed to lay out again from the current positions (randomize: false). */
    quality?: 'draft' | 'default' | 'proof';
    randomize?: boolean;
    animate?: boolean;
    animationDuration?: number;
    fit?: boolean;
    padding?: number;
    nodeDimensionsIncludeLabels?: boolean;
    packComponents?: boolean;
    nodeRepulsion?: number | ((node: cytoscape.NodeSingular) => number);
    idealEdgeLength?: number | ((edge: cytoscape.EdgeSingular) => number);
  }
}
