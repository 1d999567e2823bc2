META
key;value
description;"Generated election 36 ""test""; reference"
num_projects;13
num_votes;15
budget;2485,58
vote_type;approval
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
BO.D1.1/23;0;" Garten ";3;1
BO.D5.2/23;500;Bänke am Teich;5;0
BO.D2.3/23;1655.21;Bänke am Teich;3;1
BO.D1.4/23;500;"Licht; Weg";8;0
BO.D9.5/23;883.67;" Garten ";0;0
BO.D3.6/23;500;Baum;2;1
BO.D4.7/23;1379.91;"Licht; Weg";4;0
BO.D5.8/23;740.00;Bänke am Teich;1;1
BO.D7.9/23;1250;Bänke am Teich;0;1
BO.D6.10/23;2075.17;Baum;2;1
BO.D9.11/23;941.53;"Spielplatz ""Nord""";1;1
BO.D5.12/23;902.63;Bänke am Teich;12;1
BO.D9.13/23;1099.78;"Spielplatz ""Nord""";3;0

VOTES
voter_id;vote;age
1;BO.D5.12/23,BO.D9.11/23,BO.D1.4/23,BO.D5.2/23;none
2;BO.D5.12/23,BO.D3.6/23;none
3;BO.D5.12/23,BO.D3.6/23;16
4;BO.D4.7/23,BO.D5.2/23,BO.D5.12/23,BO.D6.10/23,BO.D9.13/23,BO.D2.3/23,BO.D1.4/23;66
5;BO.D1.4/23,BO.D5.12/23;51
6;BO.D5.8/23,BO.D5.12/23;none
7;BO.D4.7/23,BO.D5.2/23,BO.D5.12/23,BO.D6.10/23,BO.D9.13/23,BO.D2.3/23,BO.D1.4/23;none
8;;none
9;BO.D5.12/23,BO.D1.4/23;none
10;BO.D9.13/23,BO.D5.12/23,BO.D1.4/23,BO.D4.7/23,BO.D2.3/23;34
11;BO.D5.2/23,BO.D1.1/23;none
12;BO.D1.1/23,BO.D5.12/23,BO.D1.4/23;18
13;BO.D5.12/23,BO.D1.4/23;40
14;BO.D4.7/23,BO.D5.12/23;none
15;BO.D5.2/23,BO.D1.1/23;none
