@_exported import RoleGraphCore
