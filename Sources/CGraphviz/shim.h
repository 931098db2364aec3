#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 refuses mutable C globals such as Agdirected; read it through a function. */
static inline Agdesc_t relgraph_agdirected(void) { return Agdirected; }

/* A laid-out graph's bounding box, in points: GD_bb is a macro over Graphviz's private record. */
static inline boxf relgraph_bounding_box(Agraph_t *graph) { return GD_bb(graph); }

#endif
