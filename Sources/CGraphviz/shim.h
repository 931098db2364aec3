#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 refuses mutable C globals such as Agdirected; read it through a function. */
static inline Agdesc_t relgraph_agdirected(void) { return Agdirected; }

#endif
