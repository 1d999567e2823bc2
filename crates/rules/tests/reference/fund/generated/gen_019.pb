META
key;value
description;"Generated election 19 ""test""; reference"
num_projects;24
num_votes;12
budget;19402,69
vote_type;ordinal
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
2670;100;"Spielplatz ""Nord""";5;0
621;200;"Licht; Weg";1;0
2622;200;"Licht; Weg";2;1
1033;350;Baum;1;1
2024;1400;" Garten ";0;1
1785;1672.56;Baum;0;1
2716;1000;Baum;0;0
1497;1650;Bänke am Teich;1;1
3008;2659.52;"Licht; Weg";2;0
769;200;"Spielplatz ""Nord""";0;1
3060;350;"Spielplatz ""Nord""";0;1
1351;1648.24;"Licht; Weg";1;1
572;200;Baum;5;1
1353;1800;"Spielplatz ""Nord""";0;1
2124;78.58;"Licht; Weg";0;0
1695;2483.15;Baum;4;1
1396;2650;"Licht; Weg";0;0
577;1200;Baum;0;0
3978;1750;"Licht; Weg";0;1
1689;61.31;Bänke am Teich;0;0
1620;100;" Garten ";0;0
141;200;"Licht; Weg";3;0
2942;2100;" Garten ";2;1
3193;200;Baum;0;1

VOTES
voter_id;vote;age
1;2670,1033,1351;none
2;;none
3;2942,2622,572;none
4;572,1695,2670;37
5;572,1695,2670;none
6;572,1695,2670;56
7;572,1695,141,2942,2670;none
8;;63
9;;32
10;141,621,2622,3008,1497;none
11;141,3008;none
12;;none
