// The hints are inline functions in the header; this file only gives the target a body.
#include "CMemoryHints.h"
